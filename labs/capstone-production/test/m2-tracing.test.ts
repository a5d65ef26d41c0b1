// Milestone 2: every request leaves a span with its model, tokens, cost and latency, and the
// dashboards are computed from the spans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hour, minute } from '../src/clock.ts';
import { costPerHour, latencyOverTime, percentile } from '../src/dashboard.ts';
import { costOfAttempt, finishSpan } from '../src/tracing.ts';
import { runChaos } from '../src/chaos.ts';
import { attempt, span } from './fixtures.ts';

const close = (actual: number, expected: number, message: string) => assert.ok(Math.abs(actual - expected) < 1e-12, `${message}: expected ${expected}, got ${actual}`);

test('m2: an attempt costs its tokens at the price of the snapshot that answered', () => {
  // luna: $0.40 in and $1.60 out per million tokens; sol: $1 and $4.
  close(costOfAttempt(attempt()), (1_000 * 0.4 + 500 * 1.6) / 1e6, 'an ok luna call');
  close(costOfAttempt(attempt({ provider: 'southgate', requestedModel: 'sol-2026-10-20', responseModel: 'sol-2026-10-20' })), (1_000 * 1 + 500 * 4) / 1e6, 'a sol call');
  close(costOfAttempt(attempt({ status: 'timeout' })), (1_000 * 0.4 + 500 * 1.6) / 1e6, 'a timed-out call was still generated, and is billed');
  assert.equal(costOfAttempt(attempt({ status: 'rate-limited', responseModel: null, outputTokens: 0 })), 0, 'a 429 is not billed');
});

test('m2: a span carries the answering model, the billed tokens and cost of every attempt, and the latency', () => {
  const attempts = [
    attempt({ status: 'timeout', startMs: 10_000, latencyMs: 6_000, outputTokens: 400 }),
    attempt({ provider: 'southgate', requestedModel: 'sol-2026-10-20', expectedModel: 'sol-2026-10-20', responseModel: 'sol-2026-10-20', startMs: 16_000, latencyMs: 2_000, outputTokens: 150 }),
  ];
  const result = finishSpan({ traceId: 'req-1', startMs: 10_000, endMs: 18_000, attempts, fallbacks: ['switch-provider'] });
  assert.equal(result.latencyMs, 8_000, 'latency is end − start, waits included');
  assert.equal(result.status, 200);
  assert.equal(result.provider, 'southgate', 'the provider whose answer the user got');
  assert.equal(result.model, 'sol-2026-10-20', 'the snapshot that answered, from the response');
  assert.equal(result.inputTokens, 2_000, 'both calls read the prompt');
  assert.equal(result.outputTokens, 550);
  close(result.costUsd, (1_000 * 0.4 + 400 * 1.6 + 1_000 * 1 + 150 * 4) / 1e6, 'the timeout is paid for as well as the answer');
  assert.deepEqual(result.fallbacks, ['switch-provider']);
});

test('m2: a span of a request that every provider refused is a 503 with no model and no cost', () => {
  const refused = attempt({ status: 'rate-limited', responseModel: null, outputTokens: 0 });
  const result = finishSpan({ traceId: 'req-2', startMs: 0, endMs: 3_000, attempts: [refused, { ...refused, startMs: 1_000 }], fallbacks: ['retry', 'retry'] });
  assert.deepEqual([result.status, result.provider, result.model, result.costUsd, result.outputTokens, result.latencyMs], [503, null, null, 0, 0, 3_000]);
  assert.deepEqual(result.fallbacks, ['retry'], 'each kind of fallback once');
});

test('m2: percentile is the nearest rank', () => {
  const values = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
  assert.equal(percentile(values, 50), 5, 'rank ceil(0.5 · 10) = 5');
  assert.equal(percentile(values, 95), 10, 'rank ceil(0.95 · 10) = 10');
  assert.equal(percentile(values, 90), 9);
  assert.deepEqual(values, [9, 1, 8, 2, 7, 3, 6, 4, 5, 10], 'do not sort the caller\'s array in place');
  assert.throws(() => percentile([], 50), /no values/);
  assert.throws(() => percentile([1], 0), /p must be/);
});

test('m2: the latency dashboard gives p50 and p95 per bucket, in time order', () => {
  const spans = [span(11 * minute, 4_000), span(1 * minute, 1_000), span(2 * minute, 3_000), span(3 * minute, 2_000), span(12 * minute, 5_000), span(31 * minute, 700)];
  assert.deepEqual(latencyOverTime(spans, 10 * minute), [
    { startMs: 0, requests: 3, p50Ms: 2_000, p95Ms: 3_000 },
    { startMs: 10 * minute, requests: 2, p50Ms: 4_000, p95Ms: 5_000 },
    { startMs: 30 * minute, requests: 1, p50Ms: 700, p95Ms: 700 },
  ]);
});

test('m2: the cost dashboard sums dollars per hour, with 0 for an hour without requests', () => {
  const spans = [span(10 * minute, 1_000, { costUsd: 0.25 }), span(50 * minute, 1_000, { costUsd: 0.5 }), span(2 * hour + minute, 1_000, { costUsd: 1 })];
  assert.deepEqual(costPerHour(spans), [{ hour: 0, usd: 0.75 }, { hour: 1, usd: 0 }, { hour: 2, usd: 1 }]);
  assert.deepEqual(costPerHour([]), []);
});

test('m2: in the chaos run, every answered request has a model, tokens, cost and latency, and the hours add up', () => {
  const run = runChaos();
  const answered = run.spans.filter((each) => each.status === 200);
  assert.ok(answered.length > 900, 'the run serves most of its requests, even before milestone 4');
  const incomplete = answered.find((each) => each.model === null || each.inputTokens <= 0 || each.outputTokens <= 0 || each.costUsd <= 0 || each.latencyMs <= 0);
  assert.equal(incomplete, undefined, `every answered span needs a model, tokens, a cost and a latency; this one lacks some: ${JSON.stringify(incomplete)}`);
  const hours = costPerHour(run.spans);
  assert.equal(hours.length, 6, 'six hours of traffic');
  close(hours.reduce((sum, point) => sum + point.usd, 0), run.spans.reduce((sum, each) => sum + each.costUsd, 0), 'the hours add up to the total');
  assert.equal(latencyOverTime(run.spans, 10 * minute).length, 36, 'six hours in buckets of ten minutes');
});
