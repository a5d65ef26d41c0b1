// Pyodide's own data files, served from the site (content-hashed, like every
// package data file) for the labs written in Python. The page fetches them only
// when a Python lab first runs and hands them to the sandbox, which cannot fetch
// from this site itself; Pyodide reads them from file:///node_modules/pyodide/,
// the address its indexURL is given in the Python worker.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { statSync } from 'node:fs';
import type { GraphAsset } from '../modules/assets.ts';

/** The interpreter (WebAssembly), the standard library and the package list Pyodide reads as it starts. */
export const pyodideDataFiles = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

/** Pyodide's data files by the path the Python worker reads them from (/node_modules/pyodide/…). */
export function pyodideAssets(root = process.cwd()): Record<string, GraphAsset> {
  const dir = dirname(createRequire(join(root, 'package.json')).resolve('pyodide/package.json'));
  return Object.fromEntries(
    pyodideDataFiles.map((name) => {
      const file = join(dir, name);
      return [`/node_modules/pyodide/${name}`, { file, bytes: statSync(file).size }];
    }),
  );
}
