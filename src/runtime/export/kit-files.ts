import type { FileMap } from './standalone.ts';

let kitFiles: Promise<FileMap> | undefined;

/** The kit's files (fetched once per page), which every export puts inside the lab. */
export function loadKit(): Promise<FileMap> {
  kitFiles ??= fetch('/lab-data/kit.json').then((response) => {
    if (!response.ok) throw new Error(`Could not load the kit (${response.status} from /lab-data/kit.json).`);
    return response.json() as Promise<FileMap>;
  });
  kitFiles.catch(() => (kitFiles = undefined));
  return kitFiles;
}
