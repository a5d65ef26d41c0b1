import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exitCodeOf, runSteps, summaryTable, type Step } from '../../scripts/lib/step-runner.ts';

const steps: Step[] = [
  { label: 'Types', script: 'check' },
  { label: 'Build', script: 'build' },
  { label: 'Browser tests', script: 'test:e2e', needs: ['build'] },
  { label: 'PDF', script: 'test:pdf', needs: ['build'] },
];

/** Runs the steps with the given exit codes (0 when not listed), on a clock that moves 2 s per step. */
async function runWith(codes: Record<string, number>) {
  const ran: string[] = [];
  let clock = 0;
  const results = await runSteps(steps, {
    run: (step) => {
      ran.push(step.script);
      clock += 2_000;
      return codes[step.script] ?? 0;
    },
    now: () => clock,
  });
  return { ran, results };
}

test('a failed step does not stop the steps that do not need it, and the run fails', async () => {
  const { ran, results } = await runWith({ check: 2, 'test:e2e': 1 });
  assert.deepEqual(ran, ['check', 'build', 'test:e2e', 'test:pdf'], 'the PDF runs although the browser tests failed');
  assert.deepEqual(results.map(({ outcome }) => outcome.status), ['failed', 'passed', 'failed', 'passed']);
  assert.equal(exitCodeOf(results), 1);
});

test('a step whose prerequisite failed is skipped, names it, and the run fails', async () => {
  const { ran, results } = await runWith({ build: 1 });
  assert.deepEqual(ran, ['check', 'build']);
  assert.deepEqual(results[2]?.outcome, { status: 'skipped', because: ['build'] });
  assert.deepEqual(results[3]?.outcome, { status: 'skipped', because: ['build'] });
  assert.equal(exitCodeOf(results), 1);
});

test('when every step passes the run passes, and the summary gives each step its time and a total', async () => {
  const { results } = await runWith({});
  assert.equal(exitCodeOf(results), 0);
  const table = summaryTable(results);
  assert.match(table, /^Types \(npm run check\) +passed +2\.0 s$/m);
  assert.match(table, /^PDF \(npm run test:pdf\) +passed +2\.0 s$/m);
  assert.match(table, /^Total +8\.0 s$/m);
});

test('the summary says which steps failed or were skipped, and why', async () => {
  const table = summaryTable((await runWith({ build: 3 })).results);
  assert.match(table, /^Build \(npm run build\) +FAILED \(exit 3\) +2\.0 s$/m);
  assert.match(table, /^Browser tests \(npm run test:e2e\) +skipped: needs build +–$/m);
});

test('a step alongside the one before it starts before that one ends, and the total counts the pair once, for the longer', async () => {
  const events: string[] = [];
  const ends = new Map<string, () => void>();
  let clock = 0;
  const pair: Step[] = [
    { label: 'Build', script: 'build' },
    { label: 'Browser tests', script: 'test:e2e', needs: ['build'] },
    { label: 'PDF', script: 'test:pdf', needs: ['build'], alongside: true },
  ];
  const running = runSteps(pair, {
    run: (step) =>
      new Promise<number>((resolve) => {
        events.push(`start ${step.script}`);
        ends.set(step.script, () => {
          events.push(`end ${step.script}`);
          resolve(0);
        });
        if (step.script === 'build') ends.get('build')!();
      }),
    now: () => clock,
  });
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(events, ['start build', 'end build', 'start test:e2e', 'start test:pdf'], 'the PDF waited for the browser tests');
  clock = 5_000;
  ends.get('test:pdf')!();
  clock = 9_000;
  ends.get('test:e2e')!();
  const results = await running;
  assert.deepEqual(results.map(({ step }) => step.script), ['build', 'test:e2e', 'test:pdf'], 'results keep the list order');
  assert.match(summaryTable(results), /^Total +9\.0 s$/m);
});

test('steps alongside a long one run one after another beside it; the total counts the longer of the two', async () => {
  const events: string[] = [];
  const ends = new Map<string, () => void>();
  let clock = 0;
  const lane: Step[] = [
    { label: 'PDF', script: 'test:pdf' },
    { label: 'Types', script: 'check', alongside: true },
    { label: 'Unit tests', script: 'test:unit', alongside: true },
  ];
  const running = runSteps(lane, {
    run: (step) =>
      new Promise<number>((resolve) => {
        events.push(`start ${step.script}`);
        ends.set(step.script, () => (events.push(`end ${step.script}`), resolve(0)));
      }),
    now: () => clock,
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  await settle();
  assert.deepEqual(events, ['start test:pdf', 'start check'], 'the unit tests started before the type check ended');
  clock = 3_000;
  ends.get('check')!();
  await settle();
  assert.deepEqual(events.slice(2), ['end check', 'start test:unit']);
  clock = 4_000;
  ends.get('test:pdf')!();
  clock = 10_000;
  ends.get('test:unit')!();
  const results = await running;
  assert.deepEqual(results.map(({ step }) => step.script), ['test:pdf', 'check', 'test:unit']);
  assert.match(summaryTable(results), /^Total +10\.0 s$/m, 'the lane took 10 s, the PDF 4 s');
});

test('a step cannot run alongside a step it needs', async () => {
  const wrong: Step[] = [
    { label: 'Build', script: 'build' },
    { label: 'Browser tests', script: 'test:e2e', needs: ['build'], alongside: true },
  ];
  await assert.rejects(runSteps(wrong, { run: () => 0 }), /"test:e2e" needs "build", so it cannot run alongside it/);
});
