// The latency of a set of spans: the model calls' durations, summarised by their mean and their
// nearest-rank percentiles.
import { chatSpans, durationMs, type Span } from './tracer.ts';
import { percentile } from './percentiles.ts';

export interface LatencySummary {
  count: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export function latencySummary(spans: Span[]): LatencySummary {
  const durations = chatSpans(spans).map(durationMs);
  return {
    count: durations.length,
    meanMs: durations.reduce((sum, value) => sum + value, 0) / durations.length,
    p50Ms: percentile(durations, 50),
    p95Ms: percentile(durations, 95),
    p99Ms: percentile(durations, 99),
  };
}
