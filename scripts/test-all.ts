// `npm test`: every check. Each step runs when the steps it needs passed, so a failure
// in one does not hide the others; a table of results and times ends the run.
import { spawn } from 'node:child_process';
import { exitCodeOf, runSteps, summaryTable, type Step } from './lib/step-runner.ts';
import { OutputRelay, type RelayChannel } from './lib/output-relay.ts';

// The PDF export lays the book out on one thread for minutes, leaving a core idle: the type check, the
// unit tests (node --test runs one file at a time on 2 cores), the labs' checks and the proof projects
// run one after another beside it. The browser tests, which keep both cores busy, run alone: beside
// them the book laid out four times as slowly, and twice Chromium never returned from printing it.
const steps: Step[] = [
  { label: 'Build the site (links validated)', script: 'build' },
  { label: 'The whole book as a PDF, and its checks', script: 'test:pdf', needs: ['build'] },
  { label: 'Type check (astro check, the labs)', script: 'check', alongside: true },
  { label: 'Unit tests (node:test)', script: 'test:unit', alongside: true },
  { label: 'Lab integrity: starters fail, solutions pass', script: 'check:labs', alongside: true },
  { label: 'Runtime proof projects, in Node', script: 'test:fixtures', alongside: true },
  { label: 'End-to-end tests (Playwright, Chromium)', script: 'test:e2e', needs: ['build'] },
];

const relay = new OutputRelay({ out: process.stdout, err: process.stderr });

const runScript = (step: Step, index: number, output: RelayChannel): Promise<number> => {
  output.write(`\n── ${index + 1}/${steps.length} ${step.label}: npm run ${step.script}\n`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], { stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.write(chunk, 'err'));
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
};

const results = await runSteps(steps, {
  run: async (step, index) => {
    const output = relay.open();
    const code = await runScript(step, index, output);
    output.write(code === 0 ? `✔ ${step.label}\n` : `✖ ${step.label} failed (exit ${code}); going on with the steps that do not need it.\n`);
    output.end();
    return code;
  },
  skipped: (step, because) => console.log(`\n── skipped: ${step.label} (needs npm run ${because.join(', npm run ')}, which did not pass)`),
});

console.log(`\n── Summary\n${summaryTable(results)}`);
const exitCode = exitCodeOf(results);
console.log(exitCode === 0 ? '\nAll checks passed.' : '\n✖ Some checks did not pass: see the table above.');
process.exit(exitCode);
