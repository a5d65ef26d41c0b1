import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runContinuous } from '../src/continuous-run.ts';
import { gpu } from '../src/model.ts';
import { makeRequests } from '../src/workload.ts';
import { bothRuns, continuousLimits, requests } from './support.ts';

test('the workload is seeded: the same seed gives the same requests', () => {
  const again = makeRequests({ seed: 42, requests: 400, arrivalsPerSecond: 3, promptTokens: { min: 50, max: 500 }, meanOutputTokens: 200, maxOutputTokens: 1024 });
  assert.deepEqual(again, requests);
});

test('static batching never holds more KV blocks than the GPU has', () => {
  const { staticRun } = bothRuns();
  assert.ok(staticRun.peakKvBlocks <= gpu.kvBlocks, `static batching peaked at ${staticRun.peakKvBlocks} of ${gpu.kvBlocks} blocks`);
  assert.equal(staticRun.served.length, requests.length, 'every request is served');
});

test('continuous batching serves every request with all its tokens', () => {
  const { continuousRun } = bothRuns();
  assert.equal(continuousRun.served.length, requests.length, 'every request must finish');
  for (const r of requests) {
    const served = continuousRun.served.find((s) => s.id === r.id);
    assert.equal(served?.outputTokens, r.outputTokens, `request ${r.id} should get exactly ${r.outputTokens} output tokens`);
    assert.ok(served!.firstToken >= r.arrival && served!.done >= served!.firstToken, `request ${r.id}: arrival ≤ first token ≤ done`);
  }
});

test('continuous batching never holds more KV blocks than the GPU has', () => {
  const { continuousRun } = bothRuns();
  const worst = Math.max(...continuousRun.kvTrace);
  assert.ok(worst <= gpu.kvBlocks, `the KV cache held ${worst} blocks at one step, more than the GPU's ${gpu.kvBlocks}: ensure() must refuse what does not fit`);
  assert.ok(continuousRun.peakKvBlocks <= gpu.kvBlocks, `peak ${continuousRun.peakKvBlocks} blocks exceeds ${gpu.kvBlocks}`);
});

test('continuous batching admits new requests while others are still decoding', () => {
  const { continuousRun } = bothRuns();
  const widest = Math.max(...continuousRun.slots.map((s) => s.ids.length));
  const { staticRun } = bothRuns();
  const widestStatic = Math.max(...staticRun.slots.map((s) => s.ids.length));
  assert.ok(widest > widestStatic, `the continuous batch never grew beyond ${widest} sequences (static reached ${widestStatic}): admit() should add waiting requests at every step, not only when the batch is empty`);
});

test('on a small cache, continuous batching preempts instead of running out of memory', () => {
  const small = { ...gpu, kvBlocks: 160 };
  const run = runContinuous(requests.slice(0, 80), small, continuousLimits);
  assert.ok(run.preemptions > 0, 'a 160-block cache should force at least one preemption: makeRoomToDecode must free the newest sequence');
  assert.ok(Math.max(...run.kvTrace) <= 160, 'even while preempting, the cache never holds more than it has');
  assert.equal(run.served.length, 80, 'every preempted request comes back and finishes');
  for (const s of run.served) assert.equal(s.outputTokens, requests[s.id]?.outputTokens, `request ${s.id} finishes with all its tokens after preemption`);
});

test('continuous batching reaches at least 3x the throughput of static batching at the same or better p95 time to first token', () => {
  const { staticSummary, continuousSummary } = bothRuns();
  const ratio = continuousSummary.outputTokensPerSecond / staticSummary.outputTokensPerSecond;
  assert.ok(ratio >= 3, `continuous batching made ${continuousSummary.outputTokensPerSecond.toFixed(0)} tok/s, only ${ratio.toFixed(2)}x static's ${staticSummary.outputTokensPerSecond.toFixed(0)}`);
  assert.ok(
    continuousSummary.p95TtftSeconds <= staticSummary.p95TtftSeconds,
    `p95 time to first token is ${continuousSummary.p95TtftSeconds.toFixed(2)} s with continuous batching, worse than static's ${staticSummary.p95TtftSeconds.toFixed(2)} s`,
  );
});
