// Module resolution over the lab's virtual files, the way Node resolves a
// TypeScript project run with type stripping.
export const labRoot = '/lab';

export function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export const dirname = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';

/** The file a relative specifier names, or undefined. `exists` answers for absolute paths. */
export function resolveRelative(specifier: string, fromFile: string, exists: (path: string) => boolean): string | undefined {
  const base = normalise(specifier.startsWith('/') ? specifier : `${dirname(fromFile)}/${specifier}`);
  const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}/index.ts`, `${base}.json`];
  return candidates.find(exists);
}
