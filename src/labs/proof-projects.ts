// The runtime's proof projects (tests/fixtures/runtime/*): small npm projects on
// the real libraries the later labs use (PGlite with pgvector, LangChain,
// LangGraph, the MCP SDK, the AI SDK's mock model). They are not chapters: the
// page /runtime-proof/ runs them in the in-page runner, and the end-to-end tests
// check that each passes its own tests there as it does in Node.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFiles, type FileMap } from './lab-files.ts';
import type { LabPackageJson } from './load.ts';

export const proofDir = 'tests/fixtures/runtime';
export const proofPath = '/runtime-proof/';
/** Every lab of the book, solved, run the same way (src/pages/runtime-proof/labs.astro). */
export const proofLabsPath = '/runtime-proof/labs/';

export interface ProofProject {
  name: string;
  /** Its key in the module graph's entries, like a lab's slug. */
  slug: string;
  dir: string;
  packageJson: LabPackageJson;
  starter: FileMap;
  solution: FileMap;
}

let cached: ProofProject[] | undefined;

export function proofProjects(root = process.cwd()): ProofProject[] {
  const base = join(root, proofDir);
  cached ??= existsSync(base)
    ? readdirSync(base, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => {
          const dir = `${proofDir}/${entry.name}`;
          const starter = readFiles(join(root, dir), dir);
          return { name: entry.name, slug: `proof-${entry.name}`, dir, packageJson: JSON.parse(starter['package.json'] ?? '{}') as LabPackageJson, starter, solution: {} };
        })
        .sort((a, b) => a.name.localeCompare(b.name))
    : [];
  return cached;
}
