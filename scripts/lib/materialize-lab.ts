import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileMap, LabSource } from '../../src/labs/load.ts';

export type LabVariant = 'starter' | 'solution';

/** Writes a file map into a fresh folder (emptied first). */
export function writeFiles(into: string, files: FileMap): string {
  rmSync(into, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    const file = join(into, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return into;
}

/** The lab's files as the learner starts with them, or with the solution laid over. */
export function labFiles(lab: LabSource, variant: LabVariant): FileMap {
  return variant === 'starter' ? { ...lab.starter } : { ...lab.starter, ...lab.solution };
}

/**
 * Writes a variant of a lab into `into` (inside the repository, so the kit and
 * hoisted dependencies resolve from the root node_modules) and links the lab's
 * own node_modules when npm installed some there.
 */
export function materializeLab(lab: LabSource, variant: LabVariant, into: string, repoRoot = process.cwd()): string {
  writeFiles(into, labFiles(lab, variant));
  const ownModules = resolve(repoRoot, lab.dir, 'node_modules');
  if (existsSync(ownModules)) symlinkSync(ownModules, join(into, 'node_modules'), 'dir');
  return into;
}
