// `npm test`: every check. Each step runs when the steps it needs passed, so a failure
// in one does not hide the others; a table of results and times ends the run.
import { spawn } from 'node:child_process';
import { exitCodeOf, runSteps, summaryTable, type Step } from './lib/step-runner.ts';

const steps: Step[] = [
  { label: 'Type check (astro check, the labs)', script: 'check' },
  { label: 'Unit tests (node:test)', script: 'test:unit' },
  { label: 'Lab integrity: starters fail, solutions pass', script: 'check:labs' },
  { label: 'Runtime proof projects, in Node', script: 'test:fixtures' },
  { label: 'Build the site (links validated)', script: 'build' },
  { label: 'End-to-end tests (Playwright, Chromium)', script: 'test:e2e', needs: ['build'] },
  { label: 'The whole book as a PDF, and its checks', script: 'test:pdf', needs: ['build'] },
];

const runScript = (step: Step, index: number): Promise<number> => {
  console.log(`\n── ${index + 1}/${steps.length} ${step.label}: npm run ${step.script}`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
};

const results = await runSteps(steps, {
  run: async (step, index) => {
    const code = await runScript(step, index);
    console.log(code === 0 ? `✔ ${step.label}` : `✖ ${step.label} failed (exit ${code}); going on with the steps that do not need it.`);
    return code;
  },
  skipped: (step, because) => console.log(`\n── skipped: ${step.label} (needs npm run ${because.join(', npm run ')}, which did not pass)`),
});

console.log(`\n── Summary\n${summaryTable(results)}`);
const exitCode = exitCodeOf(results);
console.log(exitCode === 0 ? '\nAll checks passed.' : '\n✖ Some checks did not pass: see the table above.');
process.exit(exitCode);
