import { join } from 'node:path';
import { loadLabs, type LabSource } from './load.ts';

let cached: LabSource[] | undefined;

/** Every lab of the book, read and validated once per build (the build fails on a bad lab). */
export function bookLabs(): LabSource[] {
  cached ??= loadLabs(join(process.cwd(), 'labs'), process.cwd());
  return cached;
}
