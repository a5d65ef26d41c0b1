import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costOf } from '@ai-roadmap/kit';
import { runAgent } from '../src/loop.ts';
import { runWithSdk, spendCapReached } from '../src/sdk-loop.ts';
import { desk, historyTask, price, refundTask, runOrExplain } from './support.ts';

const usage = { inputTokens: 1_000, outputTokens: 100 };

test('spendCapReached is true once the steps so far cost the cap or more', async () => {
  const perStep = costOf(usage, price); // 1,000 × $2 + 100 × $10 per million = $0.003
  assert.ok(Math.abs(perStep - 0.003) < 1e-12);
  const condition = spendCapReached(0.01, price);
  const steps = (n: number) => ({ steps: Array.from({ length: n }, () => ({ usage })) }) as unknown as Parameters<typeof condition>[0];
  assert.equal(await condition(steps(3)), false, '$0.009 is under a $0.01 cap');
  assert.equal(await condition(steps(4)), true, '$0.012 is over a $0.01 cap');
});

test('the SDK loop sends tool errors back too: the refund recovers and is paid once', async () => {
  const { backend, options } = desk(refundTask, { loseAnswerOfRefundCalls: [1] });
  const run = await runWithSdk(options);
  assert.equal(run.stopReason, 'answered');
  assert.match(run.answer, /Refunded £12\.00 on ord-1042/);
  assert.equal(backend.refundsMade.length, 1, 'the retried refund must not pay twice: see idempotencyKey in src/tools.ts');
});

test('the SDK loop stops the runaway plan at its step cap', async () => {
  const { options } = desk(historyTask, {}, { maxSteps: 6 });
  const run = await runWithSdk(options);
  assert.equal(run.steps, 6, `generateText made ${run.steps} steps with maxSteps 6: set stopWhen in runWithSdk`);
  assert.equal(run.stopReason, 'step-cap');
});

test('the SDK loop stops the runaway plan at its spend cap', async () => {
  const cap = 0.01;
  const { options } = desk(historyTask, {}, { maxSteps: 30, maxSpendUsd: cap });
  const run = await runWithSdk(options);
  assert.equal(run.stopReason, 'spend-cap', `the run stopped with ${run.stopReason} after ${run.steps} steps and $${run.spentUsd.toFixed(4)}`);
  assert.ok(run.spentUsd >= cap);
  assert.ok(run.steps < 30);
});

test('both loops see the same observations on the same task', async () => {
  const byHand = await runOrExplain(() => runAgent(desk(refundTask, { loseAnswerOfRefundCalls: [1] }).options), 'act in src/loop.ts');
  const bySdk = await runWithSdk(desk(refundTask, { loseAnswerOfRefundCalls: [1] }).options);
  const outline = (run: typeof byHand) => run.observations.map((observation) => `${observation.toolName}: ${observation.error === undefined ? 'ok' : 'error'}`);
  assert.deepEqual(outline(bySdk), outline(byHand));
  assert.deepEqual(outline(byHand), ['lookupOrder: error', 'lookupOrder: ok', 'refundOrder: error', 'refundOrder: ok']);
});
