// Milestone 4: the fallbacks, and the chaos script that proves each fault fires the right
// alert and takes the right fallback, with no request failing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSimClock, seededRandom } from '../src/clock.ts';
import { chaosFaults, runChaos, verdicts } from '../src/chaos.ts';
import type { Provider, ProviderReply } from '../src/providers.ts';
import { renderReport } from '../src/report.ts';
import { backoffDelay, callWithFallback } from '../src/resilience.ts';
import { defaultRetryPolicy, type Route } from '../src/retry-policy.ts';

const policy = defaultRetryPolicy; // 3 calls a provider, backoff from 250 ms up to 4 s, timeout 6 s

/** A provider that answers from a script, one reply a call, and records what it was asked. */
function scripted(name: string, replies: ProviderReply[]): Provider & { asked: string[] } {
  const asked: string[] = [];
  return { name, asked, call: ({ model }) => (asked.push(model), replies[Math.min(asked.length - 1, replies.length - 1)]!) };
}
const ok = (model: string, latencyMs = 1_000): ProviderReply => ({ status: 200, latencyMs, model, outputTokens: 100 });
const limited: ProviderReply = { status: 429, latencyMs: 100, model: null, outputTokens: 0, retryAfterMs: 1_000 };
const routesOf = (primary: Provider, secondary: Provider): Route[] => [
  { provider: primary, model: 'luna-latest', expectedModel: 'luna-2026-09-15' },
  { provider: secondary, model: 'sol-2026-10-20', expectedModel: 'sol-2026-10-20' },
];
const call = (primary: Provider, secondary: Provider, pins = new Map<string, string>()) => {
  const clock = createSimClock(0);
  const result = callWithFallback({ routes: routesOf(primary, secondary), inputTokens: 50, clock, random: seededRandom(7), policy, pins });
  return { ...result, elapsedMs: clock.now(), statuses: result.attempts.map((attempt) => `${attempt.provider}:${attempt.status}`) };
};

test('m4: backoff uses full jitter under a ceiling that doubles up to the cap', () => {
  const always = (value: number) => () => value;
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, always(0.999999), policy).toFixed(0)), ['250', '500', '1000', '2000', '4000', '4000'], 'the ceiling: 250 · 2^retry, capped at 4 s');
  assert.equal(backoffDelay(3, always(0.5), policy), 1_000, 'half of the 2 s ceiling');
  const random = seededRandom(1);
  const waits = Array.from({ length: 200 }, () => backoffDelay(2, random, policy));
  assert.ok(waits.every((wait) => wait >= 0 && wait < 1_000), 'between 0 and the ceiling');
  assert.ok(new Set(waits.map((wait) => Math.round(wait))).size > 150, 'spread out, so that clients refused together do not retry together');
  assert.throws(() => backoffDelay(-1, random, policy), /retry must be/);
});

test('m4: a 429 is retried after the larger of the backoff and Retry-After, then the answer is kept', () => {
  const result = call(scripted('northwind', [limited, ok('luna-2026-09-15')]), scripted('southgate', [ok('sol-2026-10-20')]));
  assert.deepEqual(result.statuses, ['northwind:rate-limited', 'northwind:ok']);
  assert.deepEqual(result.fallbacks, ['retry']);
  assert.equal(result.elapsedMs, 100 + 1_000 + 1_000, 'the 429 (100 ms), Retry-After (1 s, more than the first backoff), the answer (1 s)');
  assert.equal(result.answer?.provider, 'northwind');
});

test('m4: after three 429s the service switches provider', () => {
  const result = call(scripted('northwind', [limited]), scripted('southgate', [ok('sol-2026-10-20')]));
  assert.deepEqual(result.statuses, ['northwind:rate-limited', 'northwind:rate-limited', 'northwind:rate-limited', 'southgate:ok']);
  assert.deepEqual(result.fallbacks, ['retry', 'retry', 'switch-provider']);
  assert.equal(result.answer?.provider, 'southgate');
});

test('m4: a call slower than the timeout is abandoned at the timeout, and the next provider asked at once', () => {
  const result = call(scripted('northwind', [ok('luna-2026-09-15', 11_000)]), scripted('southgate', [ok('sol-2026-10-20', 2_000)]));
  assert.deepEqual(result.statuses, ['northwind:timeout', 'southgate:ok'], 'do not retry a provider that is this slow');
  assert.equal(result.attempts[0]!.latencyMs, 6_000, 'the service waited 6 s, not 11');
  assert.equal(result.elapsedMs, 8_000);
});

test('m4: an alias that answers with another snapshot is pinned to the evaluated one, for this and later requests', () => {
  const northwind = scripted('northwind', [ok('luna-2026-12-01'), ok('luna-2026-09-15')]);
  const pins = new Map<string, string>();
  const result = call(northwind, scripted('southgate', [ok('sol-2026-10-20')]), pins);
  assert.deepEqual(result.statuses, ['northwind:model-changed', 'northwind:ok']);
  assert.deepEqual(northwind.asked, ['luna-latest', 'luna-2026-09-15'], 'ask again by snapshot id');
  assert.deepEqual(result.fallbacks, ['pin-model']);
  assert.equal(result.answer?.model, 'luna-2026-09-15', 'the user never gets the unevaluated model\'s answer');
  assert.deepEqual([...pins], [['northwind', 'luna-2026-09-15']], 'later requests ask for the snapshot too');
});

test('m4: when every provider fails, there is no answer and the attempts say why', () => {
  const result = call(scripted('northwind', [limited]), scripted('southgate', [{ status: 503, latencyMs: 50, model: null, outputTokens: 0 }]));
  assert.equal(result.answer, null);
  assert.deepEqual(result.statuses, ['northwind:rate-limited', 'northwind:rate-limited', 'northwind:rate-limited', 'southgate:unavailable', 'southgate:unavailable', 'southgate:unavailable']);
});

let firstRun: ReturnType<typeof runChaos> | undefined;
/** The chaos run, made once for the two tests that read it. */
const chaosRun = () => (firstRun ??= runChaos());

test('m4: the chaos script: each fault fires its alert within 10 minutes, takes its fallbacks, and no request fails', () => {
  const run = chaosRun();
  const results = verdicts(run);
  for (const verdict of results) {
    const what = `${verdict.fault.kind}: `;
    assert.ok(verdict.detected, `${what}the ${verdict.expectedAlert} alert did not fire within 10 minutes of the fault starting (milestone 3)`);
    assert.deepEqual(verdict.otherAlerts, [], `${what}only ${verdict.expectedAlert} should fire`);
    for (const [fallback, count] of Object.entries(verdict.fallbackCounts)) assert.ok(count > 0, `${what}no request took the ${fallback} fallback`);
    assert.equal(verdict.failedRequests, 0, `${what}requests failed during the fault: the fallbacks should have served them`);
  }
  assert.equal(results.length, chaosFaults.length);
  assert.equal(run.alerts.length, 3, `one alert per fault and no other: ${run.alerts.map((episode) => episode.alert).join(', ')}`);
  assert.equal(run.unreadyMinutes, 0, 'one healthy provider keeps the service ready');
});

test('m4: the chaos run is the same on every run, and the report says all three faults were handled', () => {
  const first = chaosRun();
  const second = runChaos();
  assert.deepEqual(second.spans.map((span) => span.latencyMs), first.spans.map((span) => span.latencyMs), 'seeded and on a simulated clock: identical runs');
  const report = renderReport(first, verdicts(first));
  assert.match(report, /\*\*3 of 3 faults handled\*\*/);
  assert.match(report, /\| latency spike on northwind \(every call ×6\) \| 02:30–02:50 \| latency-p95 \| 02:3\d \(after \d min\) \| switch-provider ×\d+ \| none \| 0 \| pass \|/);
});
