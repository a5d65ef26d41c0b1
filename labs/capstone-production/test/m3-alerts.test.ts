// Milestone 3: alert rules that fire on the faults that matter, and stay quiet otherwise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minute } from '../src/clock.ts';
import { firingAlerts, spansInWindow } from '../src/alerts.ts';
import { attempt, span } from './fixtures.ts';

const now = 60 * minute;
/** n healthy requests, one every everyMs, all finished by `now`. */
const steady = (n: number, latencyMs = 1_500, everyMs = 20_000) => Array.from({ length: n }, (_, index) => span(now - (n - index) * everyMs, latencyMs));
const names = (spans: ReturnType<typeof steady>) => firingAlerts(spans, now).map((fired) => fired.alert);

test('m3: a window holds the spans that finished in (at − window, at]', () => {
  const spans = [span(now - 6 * minute, 1_000), span(now - 5 * minute, 0), span(now - 5 * minute, 1), span(now - 10_000, 10_000), span(now - 1_000, 5_000)];
  assert.deepEqual(spansInWindow(spans, now, 5 * minute).map((each) => each.endMs - now), [-5 * minute + 1, 0], 'the edge at −5 min is out, now is in, and unfinished spans are not seen');
});

test('m3: healthy traffic fires nothing', () => {
  assert.deepEqual(names(steady(15)), []);
});

test('m3: a storm of 429s fires rate-limit-storm, even when the retries hide it from users', () => {
  const spans = steady(15).map((each) => ({ ...each, attempts: [attempt({ status: 'rate-limited', responseModel: null, outputTokens: 0, startMs: each.startMs }), ...each.attempts], fallbacks: ['retry' as const] }));
  const fired = firingAlerts(spans, now);
  assert.deepEqual(fired.map((each) => each.alert), ['rate-limit-storm'], 'every user was served, but half the calls were refused');
  assert.equal(fired[0]!.value, 0.5, 'the value is the share of provider calls that got 429');
  const few = steady(4).map((each) => ({ ...each, attempts: [attempt({ status: 'rate-limited', responseModel: null })] }));
  assert.deepEqual(names(few).filter((name) => name === 'rate-limit-storm'), [], 'four calls are too few to page anyone');
});

test('m3: a p95 above 6 s fires latency-p95; one slow request in twenty does not, two do', () => {
  const slowAt = (indexes: number[]) => steady(20, 1_500, 10_000).map((each, index) => (indexes.includes(index) ? { ...each, latencyMs: 9_000 } : each));
  assert.deepEqual(names(slowAt([3])), [], 'the p95 of 20 values is the 19th smallest (nearest rank): one outlier does not page');
  const fired = firingAlerts(slowAt([3, 12]), now);
  assert.deepEqual(fired.map((each) => each.alert), ['latency-p95'], 'two slow requests in twenty put the p95 at 9 s');
  assert.equal(fired[0]!.value, 9_000);
  assert.deepEqual(names(steady(4, 9_000, 10_000)), [], 'four requests are too few to page anyone');
});

test('m3: one call answered by an unexpected snapshot fires model-changed, and names it', () => {
  const spans = steady(15);
  spans[14] = { ...spans[14]!, attempts: [attempt({ requestedModel: 'luna-latest', responseModel: 'luna-2026-12-01' }), attempt({ requestedModel: 'luna-2026-09-15' })], fallbacks: ['pin-model'] };
  const fired = firingAlerts(spans, now);
  assert.deepEqual(fired.map((each) => each.alert), ['model-changed']);
  assert.match(fired[0]!.summary, /luna-2026-12-01/, 'say which snapshot answered');
  const later = firingAlerts(spans, now + 14 * minute).map((each) => each.alert);
  assert.ok(later.includes('model-changed'), 'model-changed looks back 15 minutes, longer than the other rules');
});

test('m3: more than 5% of requests failing fires error-rate', () => {
  const failing = (count: number) => steady(20, 1_500, 10_000).map((each, index) => (index < count ? { ...each, status: 503 as const, provider: null, model: null } : each));
  assert.deepEqual(names(failing(1)), [], '1 of 20 is 5%, not above it');
  const fired = firingAlerts(failing(2), now);
  assert.deepEqual(fired.map((each) => each.alert), ['error-rate'], '2 of 20 is 10%');
  assert.equal(fired[0]!.value, 0.1);
});
