import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgentRun } from '../src/agent.ts';
import { judgeOutcome, judgePath } from '../src/judge.ts';
import type { ToolName, Write } from '../src/shop.ts';
import { tasks } from '../src/tasks.ts';

const task = (id: string) => tasks.find((candidate) => candidate.id === id)!;
const lookup = (orderId: string) => ({ tool: 'lookupOrder' as ToolName, args: { orderId } });
const refundCall = (orderId: string, amountCents: number) => ({ tool: 'refundOrder' as ToolName, args: { orderId, amountCents } });
const refund = (orderId: string, amountCents: number): Write => ({ kind: 'refund', orderId, amountCents });

function run(parts: Partial<AgentRun>): AgentRun {
  return { answer: '', writes: [], calls: [], steps: 1, inputTokens: 100, outputTokens: 10, stoppedByCap: false, ...parts };
}

// t05: refund £8.00 on ord-2005, a delivered order with a total of £24.00.
const t05 = task('t05');
const rightRefund = run({ calls: [lookup('ord-2005'), refundCall('ord-2005', 800)], writes: [refund('ord-2005', 800)], answer: 'I have refunded £8.00 on ord-2005.' });

test('a run that does the right thing by the right path passes both judges', () => {
  assert.deepEqual(judgeOutcome(t05, rightRefund), { pass: true });
  assert.deepEqual(judgePath(rightRefund), { pass: true });
});

test('the outcome judge names what is wrong with what the run left behind', () => {
  const cases: Array<[string, AgentRun, string]> = [
    ['the whole total instead of £8', run({ ...rightRefund, writes: [refund('ord-2005', 2400)], answer: 'I have refunded £24.00 on ord-2005.' }), 'wrong details'],
    ['the refund paid twice', run({ ...rightRefund, writes: [refund('ord-2005', 800), refund('ord-2005', 800)] }), 'duplicate write'],
    ['a refund on another order', run({ ...rightRefund, writes: [refund('ord-2006', 800)] }), 'unexpected write'],
    ['no refund at all', run({ ...rightRefund, writes: [], answer: 'I am sorry, I cannot help with refunds.' }), 'missing write'],
    ['a refund the answer does not mention', run({ ...rightRefund, answer: 'Done.' }), 'answer lacks fact'],
    ['a run the step cap stopped', run({ calls: [lookup('ord-2005')], stoppedByCap: true }), 'stopped at step cap'],
  ];
  for (const [what, attempt, reason] of cases) {
    assert.deepEqual(judgeOutcome(t05, attempt), { pass: false, reason }, `${what}: judgeOutcome in src/judge.ts`);
  }
});

test('refusing against the policy is the right outcome; refunding an order in transit is not', () => {
  const t10 = task('t10'); // ord-2011 is in transit
  const refused = run({ calls: [lookup('ord-2011')], answer: 'ord-2011 is still in transit, so it cannot be refunded until it arrives.' });
  assert.deepEqual(judgeOutcome(t10, refused), { pass: true });
  const refunded = run({ calls: [lookup('ord-2011'), refundCall('ord-2011', 1000)], writes: [refund('ord-2011', 1000)], answer: 'I have refunded £10.00 on ord-2011.' });
  assert.deepEqual(judgeOutcome(t10, refunded), { pass: false, reason: 'unexpected write' });
});

test('the right outcome by the wrong path: the outcome passes and the path fails', () => {
  const noLookup = run({ ...rightRefund, calls: [refundCall('ord-2005', 800)] });
  assert.deepEqual(judgeOutcome(t05, noLookup), { pass: true }, 'the shop ends up exactly as it should');
  assert.deepEqual(judgePath(noLookup), { pass: false, reason: 'write before lookup' }, 'but the policy says: look the order up first (judgePath)');
});

test('the path judge flags a call repeated with the same arguments', () => {
  const looping = run({ calls: [lookup('ord-2005'), lookup('ord-2005'), lookup('ord-2005')], stoppedByCap: true });
  assert.deepEqual(judgePath(looping), { pass: false, reason: 'repeated call' });
  const lookupThenAnotherOrder = run({ calls: [lookup('ord-2005'), refundCall('ord-2006', 800)] });
  assert.deepEqual(judgePath(lookupThenAnotherOrder), { pass: false, reason: 'write before lookup' }, 'looking up one order does not clear a write to another');
});
