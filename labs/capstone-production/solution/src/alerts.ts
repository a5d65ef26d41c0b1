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
  return spans.filter((span) => span.endMs > atMs - windowMs && span.endMs <= atMs);
}

/** Every alert that fires at atMs, in the order of alertNames. */
export function firingAlerts(spans: RequestSpan[], atMs: number, thresholds: AlertThresholds = defaultThresholds): Firing[] {
  const firing: Firing[] = [];
  const recent = spansInWindow(spans, atMs, thresholds.windowMs);
  const attempts = recent.flatMap((span) => span.attempts);

  const limited = attempts.filter((attempt) => attempt.status === 'rate-limited').length;
  if (attempts.length >= thresholds.minAttempts && limited / attempts.length >= thresholds.rateLimitedShare) {
    firing.push({ alert: 'rate-limit-storm', value: limited / attempts.length, summary: `${limited} of ${attempts.length} provider calls got 429 in the last ${thresholds.windowMs / minute} min` });
  }

  if (recent.length >= thresholds.minRequests) {
    const p95 = percentile(recent.map((span) => span.latencyMs), 95);
    if (p95 > thresholds.latencyP95Ms) firing.push({ alert: 'latency-p95', value: p95, summary: `p95 latency ${(p95 / 1000).toFixed(1)} s over ${recent.length} requests (limit ${thresholds.latencyP95Ms / 1000} s)` });
  }

  const changed = spansInWindow(spans, atMs, thresholds.modelWindowMs)
    .flatMap((span) => span.attempts)
    .filter((attempt) => attempt.responseModel !== null && attempt.responseModel !== attempt.expectedModel);
  if (changed.length > 0) {
    const seen = [...new Set(changed.map((attempt) => `${attempt.provider} answered ${attempt.requestedModel} with ${attempt.responseModel}, not ${attempt.expectedModel}`))];
    firing.push({ alert: 'model-changed', value: changed.length, summary: seen.join('; ') });
  }

  const errors = recent.filter((span) => span.status >= 500).length;
  if (recent.length >= thresholds.minRequests && errors / recent.length > thresholds.errorShare) {
    firing.push({ alert: 'error-rate', value: errors / recent.length, summary: `${errors} of ${recent.length} requests failed in the last ${thresholds.windowMs / minute} min` });
  }
  return firing;
}
