import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { pdfPath } from '../lib/pdf-paths.ts';
import type { BenchFigure } from './types.ts';

/** Time to export the whole book as a PDF (the site already built), and the file's size. */
export function measurePdf(): BenchFigure[] {
  const started = performance.now();
  const { status } = spawnSync('npm', ['run', '--silent', 'pdf', '--', '--no-build'], { stdio: 'ignore' });
  if (status !== 0) throw new Error('bench: `npm run pdf` failed; run it directly to see why.');
  const seconds = (performance.now() - started) / 1000;
  return [
    { name: 'PDF export time (site built)', value: Number(seconds.toFixed(1)), unit: 's', budget: 60 },
    { name: 'PDF size', value: Number((statSync(pdfPath).size / 1024 / 1024).toFixed(2)), unit: 'MB', budget: 15 },
  ];
}
