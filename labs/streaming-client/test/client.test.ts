import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamChat, ChatRequestError } from '../src/client.ts';
import { createFakeProvider } from '../src/fake-provider.ts';

const base = {
  url: 'https://stand-in.invalid/v1/chat/completions',
  model: 'stand-in',
  messages: [{ role: 'user' as const, content: 'hi' }],
  backoff: { baseMs: 1, maxMs: 5 },
};
const answer = { status: 200 as const, deltas: ['Hel', 'lo, ', 'wörld'], usage: { prompt_tokens: 3, completion_tokens: 4 } };

test('a streamed answer arrives delta by delta, with its usage', async () => {
  const provider = createFakeProvider([answer]);
  const deltas: string[] = [];
  const result = await streamChat({ ...base, fetch: provider.fetch, onDelta: (text) => deltas.push(text) });
  assert.deepEqual(deltas, ['Hel', 'lo, ', 'wörld']);
  assert.equal(result.text, 'Hello, wörld');
  assert.deepEqual(result.usage, { prompt_tokens: 3, completion_tokens: 4 });
});

test('a 429 and a 503 are retried, then the answer streams', async () => {
  const provider = createFakeProvider([{ status: 429, retryAfterSeconds: 0 }, { status: 503 }, answer]);
  const retries: string[] = [];
  const result = await streamChat({ ...base, fetch: provider.fetch, onRetry: ({ reason }) => retries.push(reason) });
  assert.equal(result.text, 'Hello, wörld');
  assert.equal(result.attempts, 3);
  assert.equal(provider.requests, 3);
  assert.deepEqual(retries, ['HTTP 429', 'HTTP 503']);
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
