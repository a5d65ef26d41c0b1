import { build } from 'esbuild';

/**
 * The in-page runner's worker as one classic script (a module worker from a
 * blob: URL fails inside a sandboxed iframe in Chromium), built at build time.
 */
export async function workerScript(entry: string, options: { external?: string[] } = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    external: options.external ?? [],
    // Python run by a worker (the Python labs' harness) is bundled as text.
    loader: { '.py': 'text' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`workerScript: esbuild produced nothing for ${entry}`);
  return output.text;
}
