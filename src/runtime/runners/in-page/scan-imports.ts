// Finds the npm specifiers a lab's code imports, so that the page can fetch the
// modules they need before a run (require() in the sandbox is synchronous).
const importPattern = /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,]+\s+from\s+|\brequire\s*\(\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;

// Node's built-in modules (as of Node 24), with or without "node:": never npm packages.
const nodeBuiltins = new Set(
  'assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns domain events fs http http2 https inspector module net os path perf_hooks process punycode querystring readline repl stream string_decoder sys timers tls trace_events tty url util v8 vm wasi worker_threads zlib test'.split(' '),
);

export const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0] ?? specifier);

/** The package name of a bare specifier: "@scope/pkg/sub" → "@scope/pkg", "zod/v4" → "zod". */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Bare (npm) specifiers the given sources import, subpaths included ("ai", "ai/test"), without builtins and type-only imports. */
export function bareImports(sources: string[]): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(importPattern)) {
      const statement = match[0];
      const specifier = match[1] ?? '';
      if (/^(import|export)\s+type\s/.test(statement)) continue;
      if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) continue;
      found.add(specifier);
    }
  }
  return [...found].sort();
}
