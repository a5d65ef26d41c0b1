import type { GpuModel } from './model.ts';
import type { Request } from './workload.ts';

/** What happened to one request. Times are seconds from the start of the run. */
export interface Served {
  id: number;
  arrival: number;
  firstToken: number;
  done: number;
  outputTokens: number;
}

export interface RunResult {
  scheduler: string;
  served: Served[];
  /** KV blocks in use after each scheduler iteration. */
  kvTrace: number[];
  peakKvBlocks: number;
  preemptions: number;
  /** Which requests were in each batch or decode step, for drawing a timeline (first steps only). */
  slots: { start: number; end: number; ids: number[] }[];
}

/** Prefill is compute-bound: 2 FLOP per parameter per prompt token (but never less than one read of the weights). */
export function prefillSeconds(tokens: number, gpu: GpuModel): number {
  return Math.max(gpu.weightBytes / gpu.achievedBandwidth, (tokens * gpu.flopsPerToken) / gpu.achievedFlops);
}

/**
 * A decode step is memory-bound: it reads every weight once, however many sequences share it, plus
 * the cached keys and values of every sequence. Only a very large batch makes the arithmetic slower.
 */
export function decodeStepSeconds(sequences: number, kvTokens: number, gpu: GpuModel): number {
  const memory = (gpu.weightBytes + kvTokens * gpu.kvBytesPerToken) / gpu.achievedBandwidth;
  const compute = (sequences * gpu.flopsPerToken) / gpu.achievedFlops;
  return Math.max(memory, compute);
}

export function byArrival(requests: Request[]): Request[] {
  return [...requests].sort((a, b) => a.arrival - b.arrival || a.id - b.id);
}
