import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamChat, ChatRequestError, StreamInterruptedError } from '../src/client.ts';
import { createFakeProvider } from '../src/fake-provider.ts';

const base = {
  url: 'https://stand-in.invalid/v1/chat/completions',
  model: 'stand-in',
  messages: [{ role: 'user' as const, content: 'hi' }],
  backoff: { baseMs: 1, maxMs: 5 },
};
const answer = { status: 200 as const, deltas: ['Hel', 'lo, ', 'wörld'], usage: { inputTokens: 3, outputTokens: 4 } };

test('a streamed answer arrives delta by delta, with its usage', async () => {
  const provider = createFakeProvider([answer]);
  const deltas: string[] = [];
  const result = await streamChat({ ...base, fetch: provider.fetch, onDelta: (text) => deltas.push(text) });
  assert.deepEqual(deltas, ['Hel', 'lo, ', 'wörld']);
  assert.equal(result.text, 'Hello, wörld');
  assert.deepEqual(result.usage, { inputTokens: 3, outputTokens: 4 });
});

test('a 429 and a 503 are retried, then the answer streams', async () => {
  const provider = createFakeProvider([{ status: 429, retryAfterSeconds: 0 }, { status: 503 }, answer]);
  const retries: string[] = [];
  const result = await streamChat({ ...base, fetch: provider.fetch, onRetry: ({ reason }) => retries.push(reason) });
  assert.equal(result.text, 'Hello, wörld');
  assert.equal(result.attempts, 3);
  assert.equal(provider.requests, 3);
  assert.equal(retries.length, 2);
  assert.match(retries[0]!, /^HTTP 429/);
  assert.match(retries[1]!, /^HTTP 503/);
});

test('a Retry-After longer than the backoff cap is waited for in full', async () => {
  const provider = createFakeProvider([{ status: 429, retryAfterSeconds: 1 }, answer]);
  // The waits go through options.sleep, so the test checks the full second without spending it.
  const waits: number[] = [];
  const result = await streamChat({ ...base, fetch: provider.fetch, sleep: async (ms) => void waits.push(ms) });
  assert.equal(result.text, 'Hello, wörld');
  assert.deepEqual(waits, [1_000], 'the client should wait with options.sleep: backoff.maxMs is 5 ms here, but the server asked for 1 s');
});

test('a Retry-After longer than maxRetryAfterMs ends the call at once, without an early retry', async () => {
  const provider = createFakeProvider([{ status: 429, retryAfterSeconds: 60 }, answer]);
  await assert.rejects(
    streamChat({ ...base, fetch: provider.fetch, maxRetryAfterMs: 5_000 }),
    (error: unknown) => error instanceof ChatRequestError && error.status === 429 && /Retry-After/.test(error.message),
  );
  assert.equal(provider.requests, 1);
});

test('it gives up after maxRetries, reporting the last status', async () => {
  const provider = createFakeProvider([{ status: 500 }]);
  await assert.rejects(streamChat({ ...base, fetch: provider.fetch, maxRetries: 2 }), (error: unknown) => error instanceof ChatRequestError && error.status === 500);
  assert.equal(provider.requests, 3);
});

test('a 400 is not retried', async () => {
  const provider = createFakeProvider([{ status: 400 }, answer]);
  await assert.rejects(streamChat({ ...base, fetch: provider.fetch }), (error: unknown) => error instanceof ChatRequestError && error.status === 400);
  assert.equal(provider.requests, 1);
});

test('a stalled attempt times out, and the timeout is retried', async () => {
  const provider = createFakeProvider([{ ...answer, delayMs: 500, chunkSize: 4096 }, answer]);
  const result = await streamChat({ ...base, fetch: provider.fetch, timeoutMs: 50 });
  assert.equal(result.text, 'Hello, wörld');
  assert.equal(provider.requests, 2);
});

test('the caller’s abort stops the stream at once and is not retried', async () => {
  const provider = createFakeProvider([{ ...answer, delayMs: 5 }]);
  const controller = new AbortController();
  await assert.rejects(
    streamChat({ ...base, fetch: provider.fetch, signal: controller.signal, onDelta: () => controller.abort() }),
    (error: unknown) => error instanceof Error && error.name === 'AbortError',
  );
  assert.equal(provider.requests, 1);
});

test('once text has reached onDelta, a stalled stream is not retried: no duplicated text, no second bill', async () => {
  const provider = createFakeProvider([{ ...answer, interrupt: { afterDeltas: 1, then: 'stall', stallMs: 1_000 } }, answer]);
  const deltas: string[] = [];
  await assert.rejects(
    streamChat({ ...base, fetch: provider.fetch, timeoutMs: 100, onDelta: (text) => deltas.push(text) }),
    (error: unknown) => error instanceof StreamInterruptedError && error.partialText === 'Hel',
  );
  assert.deepEqual(deltas, ['Hel']);
  assert.equal(provider.requests, 1);
});

test('a stream that closes before [DONE] is an error, not a short answer', async () => {
  const provider = createFakeProvider([{ ...answer, interrupt: { afterDeltas: 2, then: 'close' } }, answer]);
  await assert.rejects(
    streamChat({ ...base, fetch: provider.fetch }),
    (error: unknown) => error instanceof StreamInterruptedError && error.partialText === 'Hello, ',
  );
  assert.equal(provider.requests, 1);
});

const responses = { ...base, url: 'https://stand-in.invalid/v1/responses', format: 'responses' as const };

test('the Responses API streams the same answer through the same events, with its usage', async () => {
  const provider = createFakeProvider([answer]);
  const deltas: string[] = [];
  const result = await streamChat({ ...responses, fetch: provider.fetch, onDelta: (text) => deltas.push(text) });
  assert.deepEqual(deltas, ['Hel', 'lo, ', 'wörld']);
  assert.equal(result.text, 'Hello, wörld');
  assert.deepEqual(result.usage, { inputTokens: 3, outputTokens: 4 }, 'the usage is in response.completed');
});

test('a Responses stream that closes before response.completed is an error, not a short answer', async () => {
  const provider = createFakeProvider([{ ...answer, interrupt: { afterDeltas: 2, then: 'close' } }, answer]);
  await assert.rejects(
    streamChat({ ...responses, fetch: provider.fetch }),
    (error: unknown) => error instanceof StreamInterruptedError && error.partialText === 'Hello, ',
  );
  assert.equal(provider.requests, 1);
});

test('an error event after the 200 is an error in either format, carrying the provider’s message', async () => {
  for (const options of [base, responses]) {
    const provider = createFakeProvider([{ ...answer, interrupt: { afterDeltas: 0, then: 'error', message: 'The server is overloaded.' } }, answer]);
    await assert.rejects(streamChat({ ...options, fetch: provider.fetch }), /The server is overloaded\./, `${options.url}: the HTTP status was 200, but the stream failed`);
    assert.equal(provider.requests, 1);
  }
});

test('an error event after the first delta keeps the text delivered so far', async () => {
  const provider = createFakeProvider([{ ...answer, interrupt: { afterDeltas: 1, then: 'error', message: 'The server is overloaded.' } }, answer]);
  await assert.rejects(
    streamChat({ ...responses, fetch: provider.fetch }),
    (error: unknown) => error instanceof StreamInterruptedError && error.partialText === 'Hel' && /overloaded/.test(error.message),
  );
  assert.equal(provider.requests, 1);
});
