import { percentile } from '@ai-roadmap/kit';
import type { RunResult } from './run.ts';

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
