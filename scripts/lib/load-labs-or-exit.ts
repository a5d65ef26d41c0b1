import { join } from 'node:path';
import { LabError, LabErrors } from '../../src/labs/errors.ts';
import { loadLabs, type LabSource } from '../../src/labs/load.ts';

/** Prints a lab problem (or every one of several), one line each and with no stack, and exits 1; rethrows anything else. */
export function exitOnLabErrors(error: unknown): never {
  if (!(error instanceof LabErrors || error instanceof LabError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exit(1);
}

/** Every lab, validated; or every problem printed, one line each, and exit code 1. */
export function loadLabsOrExit(repoRoot = process.cwd()): LabSource[] {
  try {
    return loadLabs(join(repoRoot, 'labs'), repoRoot);
  } catch (error) {
    return exitOnLabErrors(error);
  }
}
