import { labRoot, normalise } from '../resolve.ts';

// A read-only node:fs over the lab's files (paths relative to /lab, or absolute under it).
export function createFs(files: Record<string, string>) {
  const absolute = (path: string | URL): string => {
    const text = String(path).replace(/^file:\/\//, '');
    return normalise(text.startsWith('/') ? text : `${labRoot}/${text}`);
  };
  const key = (path: string | URL): string => absolute(path).slice(labRoot.length + 1);
  const isDirectory = (path: string): boolean => {
    const prefix = key(path);
    return prefix === '' || Object.keys(files).some((file) => file.startsWith(`${prefix}/`));
  };
  const missing = (path: string | URL, call: string) =>
    Object.assign(new Error(`ENOENT: no such file or directory, ${call} '${String(path)}'`), { code: 'ENOENT', errno: -2, syscall: call, path: String(path) });
  const readOnly = (call: string) => () => {
    throw Object.assign(new Error(`${call}: the in-page runner's file system is read-only. Run the lab on your machine (Take it home) to write files.`), { code: 'EROFS' });
  };

  const readFileSync = (path: string | URL, options?: string | { encoding?: string }): string | Uint8Array => {
    const content = files[key(path)];
    if (content === undefined) throw missing(path, 'open');
    const encoding = typeof options === 'string' ? options : options?.encoding;
    return encoding ? content : new TextEncoder().encode(content);
  };
  const readdirSync = (path: string | URL): string[] => {
    const prefix = key(path);
    if (!isDirectory(String(path))) throw missing(path, 'scandir');
    const names = Object.keys(files)
      .filter((file) => prefix === '' || file.startsWith(`${prefix}/`))
      .map((file) => file.slice(prefix === '' ? 0 : prefix.length + 1).split('/')[0] ?? '');
    return [...new Set(names)].sort();
  };
  const statSync = (path: string | URL) => {
    const file = files[key(path)];
    if (file === undefined && !isDirectory(String(path))) throw missing(path, 'stat');
    return { isFile: () => file !== undefined, isDirectory: () => file === undefined, size: file?.length ?? 0 };
  };
  const existsSync = (path: string | URL): boolean => files[key(path)] !== undefined || isDirectory(String(path));

  const promises = {
    readFile: async (path: string | URL, options?: string | { encoding?: string }) => readFileSync(path, options),
    readdir: async (path: string | URL) => readdirSync(path),
    stat: async (path: string | URL) => statSync(path),
    writeFile: async () => readOnly('writeFile')(),
    mkdir: async () => readOnly('mkdir')(),
  };
  return {
    readFileSync,
    readdirSync,
    statSync,
    existsSync,
    writeFileSync: readOnly('writeFileSync'),
    appendFileSync: readOnly('appendFileSync'),
    mkdirSync: readOnly('mkdirSync'),
    promises,
  };
}
