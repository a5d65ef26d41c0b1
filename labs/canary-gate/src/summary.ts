import { percentile } from '@ai-roadmap/kit';
import type { Window } from './traffic.ts';
import { wilsonInterval, type Interval } from './wilson.ts';

/** What an arm has shown so far: its eval pass rate with an interval, its cost and its p95 latency. */
export interface ArmSummary {
  graded: number;
  passed: number;
  passRate: Interval;
  meanCostUsd: number;
  p95LatencyMs: number;
}

/** Pools every window an arm has run so far and summarises them. */
export function summarise(windows: readonly Window[], z: number): ArmSummary {
  const graded = windows.reduce((sum, window) => sum + window.graded, 0);
  const passed = windows.reduce((sum, window) => sum + window.passed, 0);
  const costs = windows.flatMap((window) => window.costsUsd);
  const latencies = windows.flatMap((window) => window.latenciesMs);
  return {
    graded,
    passed,
    passRate: wilsonInterval(passed, graded, z),
    meanCostUsd: costs.reduce((sum, cost) => sum + cost, 0) / costs.length,
    p95LatencyMs: percentile(latencies, 95),
  };
}
