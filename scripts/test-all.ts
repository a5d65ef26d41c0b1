// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps: Array<[label: string, script: string]> = [
  ['Type check (astro check)', 'check'],
  ['Unit tests (node:test)', 'test:unit'],
  ['Lab integrity: starters fail, solutions pass', 'check:labs'],
  ['Build the site (links validated)', 'build'],
  ['End-to-end tests (Playwright, Chromium)', 'test:e2e'],
  ['The whole book as a PDF, and its checks', 'test:pdf'],
];

for (const [index, [label, script]] of steps.entries()) {
  console.log(`\n── ${index + 1}/${steps.length} ${label}: npm run ${script}`);
  const started = performance.now();
  const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✖ ${label} failed after ${seconds} s (npm run ${script}).`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}
console.log('\nAll checks passed.');
