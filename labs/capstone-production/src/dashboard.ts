// Milestone 2: the two dashboards, computed from spans. Latency is a distribution, so each
// time bucket shows its median and its 95th percentile; cost adds up, so it is a sum per hour.
import { hour } from './clock.ts';
import type { RequestSpan } from './span-types.ts';

/** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: number[], p: number): number {
  // TODO: sort a copy, then take the value at rank ceil(p/100 · n), counting ranks from 1.
  // Throw a clear error for no values, or p outside (0, 100].
  void p;
  return values[0] ?? 0;
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
  // TODO: group the spans' latencies by bucket (floor(startMs / bucketMs) · bucketMs), then one
  // point per bucket in time order, with percentile() at 50 and 95.
  void spans;
  void bucketMs;
  return [];
}

export interface CostPoint {
  /** Hours from the start of the run: 0 for the first hour. */
  hour: number;
  usd: number;
}

/** Dollars per hour, by each span's start, from hour 0 to the last hour with a request; an hour with none costs 0. */
export function costPerHour(spans: RequestSpan[]): CostPoint[] {
  // TODO: one point per hour from 0 to the last hour that has a request, summing span.costUsd
  // by the hour each span started in (hour is in ./clock.ts). An hour without requests costs 0.
  void spans;
  void hour;
  return [];
}
