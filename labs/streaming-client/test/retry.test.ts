import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, isRetryable } from '../src/retry.ts';

test('rate limits, request timeouts and server errors are retryable', () => {
  for (const status of [429, 408, 500, 502, 503, 504]) assert.equal(isRetryable(status), true, `status ${status}`);
});

test('client errors are not retryable', () => {
  for (const status of [400, 401, 403, 404, 422]) assert.equal(isRetryable(status), false, `status ${status}`);
});

test('the delay ceiling doubles with each attempt and is capped', () => {
  const top = { baseMs: 100, maxMs: 1_000, random: () => 0.999999 };
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((attempt) => Math.round(backoffDelay(attempt, top))), [100, 200, 400, 800, 1000, 1000]);
});

test('full jitter spreads delays between 0 and the ceiling', () => {
  assert.equal(backoffDelay(3, { baseMs: 100, maxMs: 10_000, random: () => 0 }), 0);
  assert.equal(backoffDelay(3, { baseMs: 100, maxMs: 10_000, random: () => 0.5 }), 400);
});

test('Retry-After is a floor, and maxMs never cuts it short', () => {
  const none = { baseMs: 100, maxMs: 5_000, random: () => 0 };
  assert.equal(backoffDelay(0, none, '2'), 2_000);
  assert.equal(backoffDelay(0, none, '60'), 60_000, 'waiting less than the server asked only earns another 429');
  const top = { baseMs: 100, maxMs: 5_000, random: () => 0.999999 };
  assert.equal(Math.round(backoffDelay(3, top, '0')), 800, 'a jittered delay longer than Retry-After is kept');
});
