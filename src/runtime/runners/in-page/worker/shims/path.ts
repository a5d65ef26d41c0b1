import { dirname as directoryOf, normalise } from '../resolve.ts';

// node:path, POSIX only: the lab's files live under /lab.
const basename = (path: string, extension?: string): string => {
  const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
  return extension && base.endsWith(extension) ? base.slice(0, -extension.length) : base;
};
const extname = (path: string): string => {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
};
const join = (...parts: string[]): string => {
  const joined = parts.filter(Boolean).join('/');
  const normalised = normalise(joined);
  return joined.startsWith('/') ? normalised : normalised.slice(1) || '.';
};
const resolve = (...parts: string[]): string => {
  let path = '/lab';
  for (const part of parts) path = part.startsWith('/') ? part : `${path}/${part}`;
  return normalise(path);
};
const relative = (from: string, to: string): string => {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
};

export const pathModule = {
  sep: '/',
  delimiter: ':',
  basename,
  extname,
  join,
  resolve,
  relative,
  dirname: directoryOf,
  normalize: (path: string) => (path.startsWith('/') ? normalise(path) : normalise(path).slice(1) || '.'),
  isAbsolute: (path: string) => path.startsWith('/'),
  parse: (path: string) => ({ root: path.startsWith('/') ? '/' : '', dir: directoryOf(path), base: basename(path), ext: extname(path), name: basename(path, extname(path)) }),
  posix: undefined as unknown,
};
pathModule.posix = pathModule;
