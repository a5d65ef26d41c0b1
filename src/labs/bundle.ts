import { build } from 'esbuild';

export interface BundleOptions {
  /** Module specifiers left to the sandbox's require (its Node shims). */
  external?: string[];
  /** "cjs" for a dependency evaluated by the sandbox's require; "iife" for a classic worker script. */
  format: 'cjs' | 'iife';
}

/** Node built-ins the quick runner provides shims for; bundles leave them to its require. */
export const shimmedBuiltins = ['assert', 'assert/strict', 'test', 'path', 'events', 'util', 'fs', 'fs/promises', 'process', 'timers', 'timers/promises'];
export const builtinExternals = [...shimmedBuiltins, ...shimmedBuiltins.map((name) => `node:${name}`)];

/**
 * Bundles one entry (a file path or a package name) into a single browser script
 * with esbuild, at build time. The in-page runner receives these as text.
 */
export async function bundleForSandbox(entry: string, { external = [], format }: BundleOptions): Promise<string> {
  const input =
    format === 'cjs'
      ? { stdin: { contents: `module.exports = require(${JSON.stringify(entry)});`, resolveDir: process.cwd(), loader: 'js' as const } }
      : { entryPoints: [entry] };
  const result = await build({
    ...input,
    bundle: true,
    write: false,
    format,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['browser', 'import', 'default'],
    mainFields: ['browser', 'module', 'main'],
    external: [...builtinExternals, ...external],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`bundleForSandbox: esbuild produced nothing for ${entry}`);
  return output.text;
}
