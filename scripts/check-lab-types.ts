// Part of `npm run check`: type-checks the kit and every lab, both as the learner
// starts it and with its solution laid over, under the kit's strict tsconfig.
// Node only strips types, so without this a lab could ship code that its
// reader's editor underlines in red.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabSource } from '../src/labs/load.ts';
import { materializeLab, type LabVariant } from './lib/materialize-lab.ts';
import { loadLabsOrExit } from './lib/load-labs-or-exit.ts';

const repoRoot = process.cwd();
const workDir = join(repoRoot, '.cache', 'lab-types');
const labs = loadLabsOrExit(repoRoot);
const variants: LabVariant[] = ['starter', 'solution'];

for (const lab of labs) {
  for (const variant of variants) materializeLab(lab, variant, join(workDir, lab.slug, variant), repoRoot);
}
writeFileSync(
  join(workDir, 'tsconfig.json'),
  JSON.stringify({
    extends: '../../labs/_kit/tsconfig.json',
    include: ['*/*/src/**/*.ts', '*/*/test/**/*.ts', '../../labs/_kit/src/**/*.ts', '../../labs/_kit/test/**/*.ts'],
  }),
);

/** Maps a path in the scratch folder back to the file a contributor would edit. */
function sourcePath(lab: LabSource, variant: string, path: string, position: string): string {
  if (variant === 'solution' && path in lab.solution) return `${lab.dir}/solution/${path}${position}`;
  return `${lab.dir}/${path}${position}${variant === 'solution' ? ' (with the solution laid over)' : ''}`;
}

const result = spawnSync('tsc', ['--noEmit', '--pretty', 'false', '-p', join(workDir, 'tsconfig.json')], { encoding: 'utf8', cwd: repoRoot });
const output = `${result.stdout}${result.stderr}`.replace(
  /(?:\.cache\/lab-types\/|^)([a-z0-9-]+)\/(starter|solution)\/([^\s(:]+)(\(\d+,\d+\))?/gm,
  (whole, slug: string, variant: string, path: string, position = '') => {
    const lab = labs.find((candidate) => candidate.slug === slug);
    return lab ? sourcePath(lab, variant, path, position) : whole;
  },
);

if (result.status !== 0) {
  console.error(`✖ The labs do not type-check (strict, labs/_kit/tsconfig.json):\n${output.trim()}`);
  process.exit(1);
}
console.log(`✔ The kit and ${labs.length} labs type-check, starters and solutions.`);
