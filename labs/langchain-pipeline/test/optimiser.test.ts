import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accuracy } from '../src/evaluate.ts';
import { bootstrapFewShot, defaultOptions, type Optimised } from '../src/optimise.ts';
import { buildPipeline, formatDemos } from '../src/pipeline.ts';
import { normalise, removeLeaks } from '../src/split.ts';
import { tickets } from '../src/tickets.ts';
import { RecordingModel } from './recording-model.ts';

const heldOut = new Set(tickets.test.map((example) => normalise(example.ticket)));
const trainset = removeLeaks(tickets.train, tickets.test);
const model = new RecordingModel();
let optimised: Optimised;
let seenWhileOptimising: typeof model.seen = [];

before(async () => {
  optimised = await bootstrapFewShot(model, trainset, defaultOptions);
  seenWhileOptimising = [...model.seen];
});

test('task 3: removeLeaks drops the training tickets that also appear in the test split, and only those', () => {
  const leaked = tickets.train.filter((example) => heldOut.has(normalise(example.ticket)));
  assert.equal(leaked.length, 2, 'the data holds two tickets that are in both splits');
  assert.deepEqual(trainset.filter((example) => heldOut.has(normalise(example.ticket))), [], 'a test ticket is still in the training split: compare normalised text (task 3)');
  assert.equal(trainset.length, tickets.train.length - leaked.length, 'only the duplicates are dropped');
});

test('task 4: the optimiser scores zero-shot and 8 random demo sets, and keeps the best', () => {
  assert.equal(optimised.scores.length, defaultOptions.candidates + 1, 'one score for no demos, then one per candidate (task 4)');
  assert.equal(optimised.score, Math.max(...optimised.scores), 'the winner is the best-scoring candidate');
  const limit = defaultOptions.maxBootstrapped + defaultOptions.maxLabeled;
  assert.ok(optimised.demos.length > 0 && optimised.demos.length <= limit, `between 1 and ${limit} demos, got ${optimised.demos.length}`);
  assert.ok(optimised.demos.every((demo) => trainset.includes(demo)), 'every demo comes from the training split');
});

test('task 4: held-out accuracy rises by at least 25 points with the optimised demos', async () => {
  const zeroShot = await accuracy(buildPipeline(model, []), tickets.test);
  const compiled = await accuracy(buildPipeline(model, optimised.demos), tickets.test);
  assert.ok(
    compiled >= zeroShot + 0.25,
    `test accuracy with the optimised demos is ${compiled.toFixed(2)}, with none ${zeroShot.toFixed(2)}: the optimiser should pick demos that help (task 4)`,
  );
});

test('tasks 3 and 4: while optimising, the model only ever sees training tickets', () => {
  const trainTickets = new Set(trainset.map((example) => `Ticket: ${example.ticket}`));
  const during = seenWhileOptimising;
  assert.ok(during.length > 0, 'the optimiser never ran the program');
  for (const prompt of during) {
    assert.ok(trainTickets.has(prompt.human), `the optimiser ran the program on a ticket outside the training split: ${prompt.human}`);
    const shown = normalise(prompt.system);
    const leak = [...heldOut].find((ticket) => shown.includes(ticket));
    assert.equal(leak, undefined, `a test ticket was shown to the model as a demo: "${leak}"`);
  }
});

test('the prompt for a test ticket shows no other test ticket', () => {
  const shown = normalise(formatDemos(optimised.demos));
  for (const ticket of heldOut) assert.ok(!shown.includes(ticket), `the demos contain the test ticket "${ticket}"`);
});
