import { test } from 'node:test';
import assert from 'node:assert/strict';
import { liveness, readiness, type ServiceState } from '../src/probes.ts';
import { healthResponse } from '../src/health-handler.ts';

// A warmed-up pod at t = 100 s whose worker beat a second ago and whose provider answered 5 s ago.
const now = 100_000;
const healthy: ServiceState = { warmUpDoneAtMs: 40_000, lastProviderSuccessAtMs: { primary: 95_000, fallback: null }, lastHeartbeatAtMs: 99_000, draining: false };
const with_ = (change: Partial<ServiceState>): ServiceState => ({ ...healthy, ...change });

test('a warm pod whose provider answered 5 s ago is live and ready', () => {
  assert.deepEqual(liveness(healthy, now), { ok: true, reasons: [] });
  assert.deepEqual(readiness(healthy, now), { ok: true, reasons: [] });
});

test('a provider outage makes the pod unready but leaves it live: a restart cannot fix a provider', () => {
  const outage = with_({ lastProviderSuccessAtMs: { primary: 40_000, fallback: null } });
  assert.equal(liveness(outage, now).ok, true, 'liveness must not depend on the provider, or every pod restarts during an outage and loses its warm-up');
  const ready = readiness(outage, now);
  assert.equal(ready.ok, false, 'a pod with no provider that answered in the last 30 s should not take traffic');
  assert.match(ready.reasons.join('\n'), /provider/, 'the reason should name the provider');
});

test('a fallback provider that answered recently keeps the pod ready', () => {
  const failover = with_({ lastProviderSuccessAtMs: { primary: 40_000, fallback: 98_000 } });
  assert.equal(readiness(failover, now).ok, true, 'one working route to a model is enough to serve');
});

test('a pod still warming up is live but not ready', () => {
  const cold = with_({ warmUpDoneAtMs: null });
  assert.equal(liveness(cold, now).ok, true, 'warming up is not being stuck');
  const ready = readiness(cold, now);
  assert.equal(ready.ok, false, 'until warm-up finishes, the first requests would pay for it');
  assert.match(ready.reasons.join('\n'), /warm-up/);
});

test('a stuck worker loop fails liveness, and readiness with it', () => {
  const stuck = with_({ lastHeartbeatAtMs: 85_000 });
  const live = liveness(stuck, now);
  assert.equal(live.ok, false, 'no heartbeat for 15 s, over the 10 s limit: only a restart helps');
  assert.match(live.reasons.join('\n'), /15 s/, 'the reason should say how long the loop has been stuck');
  assert.equal(readiness(stuck, now).ok, false, 'a stuck pod should not be sent traffic either');
  assert.equal(liveness(with_({ lastHeartbeatAtMs: 90_000 }), now).ok, true, 'exactly 10 s is still within the limit');
});

test('a draining pod (SIGTERM received) is not ready but stays live', () => {
  const draining = with_({ draining: true });
  assert.equal(liveness(draining, now).ok, true, 'killing a draining pod would drop its in-flight requests');
  const ready = readiness(draining, now);
  assert.equal(ready.ok, false, 'a draining pod must leave the load balancer');
  assert.match(ready.reasons.join('\n'), /draining/);
});

test('readiness gives one reason for each thing that is wrong', () => {
  const everything = with_({ warmUpDoneAtMs: null, draining: true, lastProviderSuccessAtMs: { primary: null, fallback: null } });
  assert.equal(readiness(everything, now).reasons.length, 3, 'draining, warm-up and provider: three reasons');
});

test('the probe endpoints answer 200 or 503 with the reasons', async () => {
  const live = healthResponse('/livez', with_({ lastProviderSuccessAtMs: { primary: null, fallback: null } }), now);
  assert.equal(live?.status, 200, '/livez must pass while only the provider is down');
  const ready = healthResponse('/readyz', with_({ warmUpDoneAtMs: null }), now);
  assert.equal(ready?.status, 503);
  assert.deepEqual(((await ready!.json()) as { reasons: string[] }).reasons, ['warm-up has not finished']);
  assert.equal(healthResponse('/other', healthy, now), undefined);
});
