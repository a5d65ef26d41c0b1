import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAgent } from '../src/loop.ts';
import { desk, historyTask, refundTask, runOrExplain } from './support.ts';

test('a tool error comes back to the model as an observation, and the run recovers', async () => {
  const { backend, options } = desk(refundTask);
  const run = await runOrExplain(() => runAgent(options), 'act in src/loop.ts');
  assert.match(run.observations[0]?.error ?? '', /look like "ord-1042"/, 'the first lookup fails, and its error is the first observation');
  assert.equal(run.stopReason, 'answered');
  assert.match(run.answer, /Refunded £12\.00 on ord-1042/);
  assert.equal(backend.refundsMade.length, 1);
});

test('a refund whose answer was lost is retried by the model, and paid once', async () => {
  const { backend, options } = desk(refundTask, { loseAnswerOfRefundCalls: [1] });
  const run = await runOrExplain(() => runAgent(options), 'act in src/loop.ts');
  const refundCalls = run.observations.filter((observation) => observation.toolName === 'refundOrder');
  assert.equal(refundCalls.length, 2, 'the model retries the refund that timed out');
  assert.equal(backend.refundsMade.length, 1, 'the retry must not pay the customer twice: see idempotencyKey in src/tools.ts');
  assert.equal(run.stopReason, 'answered');
});

test('a runaway plan stops at its step cap', async () => {
  const { options } = desk(historyTask, {}, { maxSteps: 6 });
  const run = await runAgent(options);
  assert.equal(run.steps, 6, `the run made ${run.steps} model calls with maxSteps 6: check the caps in runAgent`);
  assert.equal(run.stopReason, 'step-cap');
  assert.equal(run.answer, '');
  assert.equal(run.observations.length, 6);
});

test('a runaway plan stops at its spend cap, on the first step that reaches it', async () => {
  const cap = 0.01;
  const { options } = desk(historyTask, {}, { maxSteps: 30, maxSpendUsd: cap });
  const run = await runAgent(options);
  assert.equal(run.stopReason, 'spend-cap', `the run stopped with ${run.stopReason} after ${run.steps} steps and $${run.spentUsd.toFixed(4)}`);
  assert.ok(run.spentUsd >= cap, `it stopped at $${run.spentUsd} before reaching the cap`);
  const oneStepFewer = await runAgent({ ...desk(historyTask, {}, { maxSteps: run.steps - 1, maxSpendUsd: 1 }).options });
  assert.ok(oneStepFewer.spentUsd < cap, `${run.steps - 1} steps already cost $${oneStepFewer.spentUsd.toFixed(4)}: the cap should have stopped the run sooner`);
});

test('a cap of zero steps makes no model call at all', async () => {
  const { options } = desk(refundTask, {}, { maxSteps: 0 });
  const run = await runAgent(options);
  assert.deepEqual([run.stopReason, run.steps, run.spentUsd], ['step-cap', 0, 0]);
});
