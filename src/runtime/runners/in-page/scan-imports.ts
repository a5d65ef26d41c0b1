// Finds the npm packages a lab's code imports, so that the page can fetch their
// bundles before a run (require() in the sandbox is synchronous).
const importPattern = /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,]+\s+from\s+|\brequire\s*\(\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;

export const builtinModules = new Set(['assert', 'assert/strict', 'test', 'path', 'events', 'util', 'fs', 'fs/promises', 'process', 'timers', 'timers/promises']);

export const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtinModules.has(specifier);

/** The package name of a bare specifier: "@scope/pkg/sub" → "@scope/pkg", "zod/v4" → "zod". */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Bare (npm) imports of the given sources, without builtins and type-only imports. */
export function bareImports(sources: string[]): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(importPattern)) {
      const statement = match[0];
      const specifier = match[1] ?? '';
      if (/^(import|export)\s+type\s/.test(statement)) continue;
      if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) continue;
      found.add(packageName(specifier));
    }
  }
  return [...found].sort();
}
