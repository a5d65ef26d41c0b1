import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadLabs } from '../../../src/labs/load.ts';
import { materializeLab } from '../../../scripts/lib/materialize-lab.ts';

/** The lines a lab's solution prints with `npm start` in plain Node, on the stand-in model. */
export function solutionOutputInNode(slug: string): string[] {
  const lab = loadLabs(join(process.cwd(), 'labs'), process.cwd()).find((candidate) => candidate.slug === slug);
  if (!lab) throw new Error(`labs/${slug}: no such lab`);
  const dir = materializeLab(lab, 'solution', join(process.cwd(), '.cache', 'e2e-node-run', slug));
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  const run = spawnSync('npm', ['start', '--silent'], { cwd: dir, encoding: 'utf8', env: { ...env, LAB_PROVIDER: 'stand-in' }, timeout: 60_000 });
  if (run.status !== 0) throw new Error(`labs/${slug}: npm start exited with ${run.status}:\n${run.stderr}`);
  return run.stdout.split('\n').map((line) => line.trim()).filter(Boolean);
}
