// Milestone 3: the alert rules. Each reads the spans that finished in its window and says
// whether it fires, with the number behind it. The rules page on what users feel (errors,
// slowness) and on what they cannot see but you must know (429 storms, a model that changed).
import { minute } from './clock.ts';
import { percentile } from './dashboard.ts';
import type { RequestSpan } from './span-types.ts';

export type AlertName = 'rate-limit-storm' | 'latency-p95' | 'model-changed' | 'error-rate';
export const alertNames: AlertName[] = ['rate-limit-storm', 'latency-p95', 'model-changed', 'error-rate'];

export interface AlertThresholds {
  /** The window the share and percentile rules read. */
  windowMs: number;
  /** rate-limit-storm: at least this share of provider calls in the window got a 429… */
  rateLimitedShare: number;
  /** …out of at least this many calls. */
  minAttempts: number;
  /** latency-p95: the window's p95 request latency is above this… */
  latencyP95Ms: number;
  /** …over at least this many requests (error-rate uses the same minimum). */
  minRequests: number;
  /** error-rate: more than this share of requests in the window got a 5xx. */
  errorShare: number;
  /** model-changed: any call in this (longer) window answered by an unexpected snapshot. */
  modelWindowMs: number;
}

export const defaultThresholds: AlertThresholds = {
  windowMs: 5 * minute,
  rateLimitedShare: 0.25,
  minAttempts: 10,
  latencyP95Ms: 6_000,
  minRequests: 5,
  errorShare: 0.05,
  modelWindowMs: 15 * minute,
};

export interface Firing {
  alert: AlertName;
  /** The measured value: a share, milliseconds or a count. */
  value: number;
  summary: string;
}

/** The spans that finished in the window (atMs − windowMs, atMs]. */
export function spansInWindow(spans: RequestSpan[], atMs: number, windowMs: number): RequestSpan[] {
  // TODO: keep the spans whose endMs is after atMs − windowMs and at or before atMs. A span
  // that has not finished by atMs has not been exported yet, so no rule can see it.
  void atMs;
  void windowMs;
  return spans;
}

/** Every alert that fires at atMs, in the order of alertNames. */
export function firingAlerts(spans: RequestSpan[], atMs: number, thresholds: AlertThresholds = defaultThresholds): Firing[] {
  // TODO: one check per rule, each on the spans in its window (the thresholds say which):
  // - rate-limit-storm: the share of the window's attempts with status 'rate-limited';
  // - latency-p95: percentile(…, 95) of the window's request latencies;
  // - model-changed: any attempt whose responseModel is set and is not its expectedModel;
  // - error-rate: the share of the window's requests with a 5xx status.
  // Respect the minimum counts, so that two slow requests at 3 a.m. do not page anyone.
  void spans;
  void atMs;
  void thresholds;
  void percentile;
  return [];
}
