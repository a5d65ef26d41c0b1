import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBackend, type Refund } from '../src/backend.ts';
import { createTools, idempotencyKey, refundInput } from '../src/tools.ts';

test('the refund schema accepts a well-formed refund and refuses a bad id or amount before anything runs', () => {
  assert.equal(refundInput.safeParse({ orderId: 'ord-1042', amount: 24.5 }).success, true);
  for (const bad of [{ orderId: '1042', amount: 24.5 }, { orderId: 'ord-1042', amount: 0 }, { orderId: 'ord-1042', amount: -5 }, { orderId: 'ord-1042', amount: 25_000 }]) {
    assert.equal(refundInput.safeParse(bad).success, false, `refundInput in src/tools.ts should refuse ${JSON.stringify(bad)}`);
  }
  const message = refundInput.safeParse({ orderId: '1042', amount: 24.5 }).error?.issues[0]?.message ?? '';
  assert.match(message, /ord-1042/, 'the message for a bad order id should show what an id looks like, so the model can correct itself');
});

test('an idempotency key names the write: the same run, tool and arguments give the same key, in any key order', () => {
  const first = idempotencyKey('run-7', 'refundOrder', { orderId: 'ord-1042', amount: 24.5 });
  const retry = idempotencyKey('run-7', 'refundOrder', { amount: 24.5, orderId: 'ord-1042' });
  assert.equal(retry, first, 'a retry must carry the same key as the first attempt (a random UUID changes every time)');
});

test('a different write, or the same write in another run, gets a different key', () => {
  const key = idempotencyKey('run-7', 'refundOrder', { orderId: 'ord-1042', amount: 24.5 });
  assert.notEqual(idempotencyKey('run-7', 'refundOrder', { orderId: 'ord-1042', amount: 10 }), key, 'a different amount is a different refund');
  assert.notEqual(idempotencyKey('run-8', 'refundOrder', { orderId: 'ord-1042', amount: 24.5 }), key, 'another run is another request from the customer');
});

test('a refund retried after its answer was lost is paid once', async () => {
  const backend = createBackend({ loseAnswerOfRefundCalls: [1] });
  const { refundOrder } = createTools(backend, { runId: 'run-7' });
  const input = { orderId: 'ord-1042', amount: 12 };
  const call = (toolCallId: string) => refundOrder.execute!(input, { toolCallId, messages: [], context: {} }) as Promise<Refund>;
  // Two calls from the model: different tool call ids, the same refund.
  await assert.rejects(call('call-3'), /timed out/);
  const retried = await call('call-4');
  assert.equal(backend.refundsMade.length, 1, `the payments service made ${backend.refundsMade.length} refunds for one request: give the retry the same idempotency key`);
  assert.equal(retried.replayed, true);
});
