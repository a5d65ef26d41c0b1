import { join } from 'node:path';
import { readFiles, type FileMap } from './lab-files.ts';

/** The kit's files as they go into an exported lab: its package.json, source and README, not its tests. */
export function kitFiles(repoRoot = process.cwd()): FileMap {
  const all = readFiles(join(repoRoot, 'labs', '_kit'), 'labs/_kit');
  return Object.fromEntries(Object.entries(all).filter(([path]) => !path.startsWith('test/')));
}
