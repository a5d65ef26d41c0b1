import { strToU8, zipSync } from 'fflate';
import type { FileMap } from './standalone.ts';

/** A zip of the project, every file inside one top-level folder named after the lab. */
export function zipProject(folder: string, files: FileMap): Uint8Array {
  const entries = Object.fromEntries(Object.entries(files).map(([path, content]) => [`${folder}/${path}`, strToU8(content)]));
  return zipSync(entries, { level: 6 });
}

/** Hands the bytes to the browser as a download named `name`. */
export function downloadBytes(name: string, bytes: Uint8Array, type = 'application/zip'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
