import type { GpuModel, SchedulerLimits } from './model.ts';
import { PagedKvCache } from './paged-cache.ts';
import { byArrival, decodeStepSeconds, prefillSeconds, type RunResult, type Served } from './run.ts';
import type { Request } from './workload.ts';

const timelineSlots = 40;

/**
 * Static batching, the baseline: take the waiting requests that fit, reserve KV memory for each
 * one's prompt plus its max_tokens (the server cannot know how long an answer will be), prefill
 * them together, and decode until the longest answer is done. Nobody joins a running batch, and a
 * finished sequence keeps its slot as padding until the batch ends.
 */
export function runStatic(requests: Request[], gpu: GpuModel, limits: SchedulerLimits, maxOutputTokens: number): RunResult {
  const cache = new PagedKvCache(gpu.kvBlocks, gpu.blockTokens);
  const arriving = byArrival(requests);
  const waiting: Request[] = [];
  const served: Served[] = [];
  const kvTrace: number[] = [];
  const slots: RunResult['slots'] = [];
  let now = 0;

  while (arriving.length > 0 || waiting.length > 0) {
    while (arriving.length > 0 && arriving[0]!.arrival <= now) waiting.push(arriving.shift()!);
    if (waiting.length === 0) {
      now = arriving[0]!.arrival;
      continue;
    }
    const batch: Request[] = [];
    for (let next = waiting[0]; next && batch.length < limits.maxBatch; next = waiting[0]) {
      if (!cache.ensure(next.id, next.promptTokens + maxOutputTokens)) break;
      batch.push(waiting.shift()!);
    }
    if (batch.length === 0) {
      throw new Error(`static batching: request ${waiting[0]?.id} needs more KV memory than the whole GPU has (${gpu.kvBlocks} blocks)`);
    }
    const start = now;
    const promptTokens = batch.reduce((sum, r) => sum + r.promptTokens, 0);
    now += prefillSeconds(promptTokens, gpu);
    const firstToken = now;
    const longest = Math.max(...batch.map((r) => r.outputTokens));
    for (let step = 1; step < longest; step++) {
      now += decodeStepSeconds(batch.length, promptTokens + step * batch.length, gpu);
    }
    kvTrace.push(cache.usedBlocks);
    for (const r of batch) {
      served.push({ id: r.id, arrival: r.arrival, firstToken, done: now, outputTokens: r.outputTokens });
      cache.free(r.id);
    }
    if (slots.length < timelineSlots) slots.push({ start, end: now, ids: batch.map((r) => r.id) });
  }
  return { scheduler: 'static', served, kvTrace, peakKvBlocks: cache.peakUsedBlocks, preemptions: 0, slots };
}
