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

export function prefillSeconds(tokens: number, gpu: GpuModel): number {
  return (tokens * gpu.prefillMsPerToken) / 1000;
}

export function decodeStepSeconds(sequences: number, kvTokens: number, gpu: GpuModel): number {
  const ms = gpu.decodeStepBaseMs + gpu.decodeStepMsPerSequence * sequences + (gpu.decodeStepMsPerThousandKvTokens * kvTokens) / 1000;
  return ms / 1000;
}

export function byArrival(requests: Request[]): Request[] {
  return [...requests].sort((a, b) => a.arrival - b.arrival || a.id - b.id);
}
