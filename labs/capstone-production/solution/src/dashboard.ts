// Milestone 2: the two dashboards, computed from spans. Latency is a distribution, so each
// time bucket shows its median and its 95th percentile; cost adds up, so it is a sum per hour.
import { hour } from './clock.ts';
import type { RequestSpan } from './span-types.ts';

/** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: no values to take a percentile of.');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile: p must be in (0, 100], not ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

export interface LatencyPoint {
  /** The bucket's start, in ms from the start of the run. */
  startMs: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
}

/** p50 and p95 of request latency per bucket of bucketMs, by each span's start; empty buckets are left out. */
export function latencyOverTime(spans: RequestSpan[], bucketMs: number): LatencyPoint[] {
  const buckets = new Map<number, number[]>();
  for (const span of spans) {
    const startMs = Math.floor(span.startMs / bucketMs) * bucketMs;
    buckets.set(startMs, [...(buckets.get(startMs) ?? []), span.latencyMs]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([startMs, latencies]) => ({ startMs, requests: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) }));
}

export interface CostPoint {
  /** Hours from the start of the run: 0 for the first hour. */
  hour: number;
  usd: number;
}

/** Dollars per hour, by each span's start, from hour 0 to the last hour with a request; an hour with none costs 0. */
export function costPerHour(spans: RequestSpan[]): CostPoint[] {
  if (spans.length === 0) return [];
  const last = Math.max(...spans.map((span) => Math.floor(span.startMs / hour)));
  const totals = Array.from({ length: last + 1 }, () => 0);
  for (const span of spans) totals[Math.floor(span.startMs / hour)]! += span.costUsd;
  return totals.map((usd, index) => ({ hour: index, usd }));
}
