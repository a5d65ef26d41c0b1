import type { GpuModel, SchedulerLimits } from './model.ts';
import { PagedKvCache } from './paged-cache.ts';
import { byArrival, decodeStepSeconds, prefillSeconds, type RunResult, type Served } from './run.ts';
import type { Request } from './workload.ts';
import { admit, makeRoomToDecode, tokensHeld, type Sequence } from './continuous-batching.ts';

const timelineSlots = 400;

/**
 * Continuous batching over a paged cache: the batch is rebuilt at every decode step. Finished
 * sequences leave at once and give back their blocks; waiting ones join as soon as blocks allow.
 */
export function runContinuous(requests: Request[], gpu: GpuModel, limits: SchedulerLimits): RunResult {
  const cache = new PagedKvCache(gpu.kvBlocks, gpu.blockTokens);
  const arriving = byArrival(requests);
  const waiting: Sequence[] = [];
  const running: Sequence[] = [];
  const served: Served[] = [];
  const kvTrace: number[] = [];
  const slots: RunResult['slots'] = [];
  let preemptions = 0;
  let now = 0;

  const retireFinished = () => {
    for (let i = running.length - 1; i >= 0; i--) {
      const s = running[i]!;
      if (s.generated < s.request.outputTokens) continue;
      served.push({ id: s.request.id, arrival: s.request.arrival, firstToken: s.firstToken!, done: now, outputTokens: s.generated });
      cache.free(s.request.id);
      running.splice(i, 1);
    }
  };

  while (arriving.length > 0 || waiting.length > 0 || running.length > 0) {
    while (arriving.length > 0 && arriving[0]!.arrival <= now) waiting.push({ request: arriving.shift()!, generated: 0 });
    if (waiting.length === 0 && running.length === 0) {
      now = arriving[0]!.arrival;
      continue;
    }
    const start = now;
    const admitted = admit(waiting, running, cache, limits);
    if (running.length === 0) {
      throw new Error(`continuous batching: request ${waiting[0]?.request.id} cannot be admitted to an empty GPU (${gpu.kvBlocks} KV blocks, maxBatch ${limits.maxBatch})`);
    }
    if (admitted.length > 0) {
      // Prefill the newcomers (again, for a preempted one: its blocks were freed). Prefill yields each one's first token.
      now += prefillSeconds(admitted.reduce((sum, s) => sum + tokensHeld(s), 0), gpu);
      for (const s of admitted) {
        if (s.generated === 0) s.generated = 1;
        s.firstToken ??= now;
      }
      retireFinished();
    }
    if (running.length > 0) {
      preemptions += makeRoomToDecode(running, waiting, cache);
      const kvTokens = running.reduce((sum, s) => sum + tokensHeld(s), 0);
      now += decodeStepSeconds(running.length, kvTokens, gpu);
      for (const s of running) s.generated++;
      retireFinished();
    }
    kvTrace.push(cache.usedBlocks);
    if (slots.length < timelineSlots) slots.push({ start, end: now, ids: running.map((s) => s.request.id) });
  }
  return { scheduler: 'continuous', served, kvTrace, peakKvBlocks: cache.peakUsedBlocks, preemptions, slots };
}
