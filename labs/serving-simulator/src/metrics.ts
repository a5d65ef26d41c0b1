import type { RunResult } from './run.ts';

/** The value below which p of the sorted values fall (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  scheduler: string;
  requests: number;
  outputTokensPerSecond: number;
  p50TtftSeconds: number;
  p95TtftSeconds: number;
  makespanSeconds: number;
  peakKvBlocks: number;
  preemptions: number;
}

export function summarise(run: RunResult): Summary {
  const first = Math.min(...run.served.map((s) => s.arrival));
  const last = Math.max(...run.served.map((s) => s.done));
  const tokens = run.served.reduce((sum, s) => sum + s.outputTokens, 0);
  const ttft = run.served.map((s) => s.firstToken - s.arrival);
  return {
    scheduler: run.scheduler,
    requests: run.served.length,
    outputTokensPerSecond: tokens / (last - first),
    p50TtftSeconds: percentile(ttft, 50),
    p95TtftSeconds: percentile(ttft, 95),
    makespanSeconds: last - first,
    peakKvBlocks: run.peakKvBlocks,
    preemptions: run.preemptions,
  };
}
