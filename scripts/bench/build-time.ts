import { spawnSync } from 'node:child_process';
import { median } from './figures.ts';
import type { BenchFigure } from './types.ts';

export function measureBuildTime(runs = 3): BenchFigure[] {
  const seconds: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
    if (status !== 0) throw new Error('bench: `npm run build` failed; run it directly to see why.');
    seconds.push((performance.now() - started) / 1000);
    console.log(`  build ${run}/${runs}: ${seconds.at(-1)?.toFixed(1)} s`);
  }
  return [{ name: `build time (median of ${runs})`, value: Number(median(seconds).toFixed(2)), unit: 's' }];
}
