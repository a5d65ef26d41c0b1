// The chaos script: six simulated hours of steady traffic against the service, with three
// faults injected into the primary provider. Seeded and on a simulated clock, so every run
// gives the same spans, the same alerts and the same report, in about a second.
import { hour, minute, seededRandom } from './clock.ts';
import { alertTimeline, type AlertEpisode } from './alert-timeline.ts';
import type { AlertName } from './alerts.ts';
import type { Fault, FaultKind } from './faults.ts';
import { handle } from './handler.ts';
import { createSimulatedProvider, northwind, southgate } from './providers.ts';
import { createService } from './service.ts';
import type { Fallback, RequestSpan } from './span-types.ts';
import { questions } from './traffic.ts';

export const runLengthMs = 6 * hour;
export const requestEveryMs = 20_000;

export const chaosFaults: Fault[] = [
  { kind: 'rate-limit-storm', provider: 'northwind', fromMs: 60 * minute, toMs: 80 * minute, share: 0.9, retryAfterMs: 1_000 },
  { kind: 'latency-spike', provider: 'northwind', fromMs: 150 * minute, toMs: 170 * minute, factor: 6 },
  { kind: 'alias-change', provider: 'northwind', fromMs: 240 * minute, toMs: Infinity, alias: 'luna-latest', to: 'luna-2026-12-01' },
];

/** What each fault must cause: the alert that pages, and the fallback that keeps users served. */
export const expectations: Record<FaultKind, { alert: AlertName; fallbacks: Fallback[] }> = {
  'rate-limit-storm': { alert: 'rate-limit-storm', fallbacks: ['retry', 'switch-provider'] },
  'latency-spike': { alert: 'latency-p95', fallbacks: ['switch-provider'] },
  'alias-change': { alert: 'model-changed', fallbacks: ['pin-model'] },
};

/** An alert must fire within this long of its fault starting. */
export const detectWithinMs = 10 * minute;

export interface ChaosRun {
  faults: Fault[];
  spans: RequestSpan[];
  alerts: AlertEpisode[];
  /** Minutes at whose start the readiness probe answered 503. */
  unreadyMinutes: number;
  pins: Record<string, string>;
}

export function runChaos(faults: Fault[] = chaosFaults, seed = 20261205): ChaosRun {
  const random = seededRandom(seed);
  const providers = [northwind, southgate].map((spec, index) => createSimulatedProvider(spec, faults, seededRandom(seed + index + 1)));
  const service = createService({
    routes: [
      // The primary is configured by alias, as many services are; the evaluation passed on one snapshot.
      { provider: providers[0]!, model: 'luna-latest', expectedModel: 'luna-2026-09-15' },
      { provider: providers[1]!, model: 'sol-2026-10-20', expectedModel: 'sol-2026-10-20' },
    ],
    random,
  });
  let unreadyMinutes = 0;
  for (let atMs = 0, index = 0; atMs < runLengthMs; atMs += requestEveryMs, index += 1) {
    handle(service, { method: 'POST', path: '/answer', body: { question: questions[index % questions.length]!.text } }, atMs);
    if (atMs % minute === 0 && atMs > 0 && handle(service, { method: 'GET', path: '/readyz' }, atMs).status !== 200) unreadyMinutes += 1;
  }
  const endMs = Math.max(runLengthMs, ...service.spans.map((span) => span.endMs));
  return { faults, spans: service.spans, alerts: alertTimeline(service.spans, endMs + detectWithinMs), unreadyMinutes, pins: Object.fromEntries(service.pins) };
}

export interface FaultVerdict {
  fault: Fault;
  expectedAlert: AlertName;
  /** The expected alert's first episode that started in [fromMs, fromMs + detectWithinMs]. */
  detected: AlertEpisode | null;
  /** Alerts other than the expected one that fired while the fault was on. */
  otherAlerts: AlertName[];
  /** Requests during the fault that took each expected fallback. */
  fallbackCounts: Partial<Record<Fallback, number>>;
  failedRequests: number;
  passed: boolean;
}

export function verdicts(run: ChaosRun): FaultVerdict[] {
  return run.faults.map((fault) => {
    const { alert: expectedAlert, fallbacks } = expectations[fault.kind];
    const detected = run.alerts.find((episode) => episode.alert === expectedAlert && episode.firedAtMs >= fault.fromMs && episode.firedAtMs <= fault.fromMs + detectWithinMs) ?? null;
    const lastMs = Math.min(fault.toMs, runLengthMs);
    const during = run.spans.filter((span) => span.startMs >= fault.fromMs && span.startMs < lastMs);
    const otherAlerts = [...new Set(run.alerts.filter((episode) => episode.alert !== expectedAlert && episode.firedAtMs >= fault.fromMs && episode.firedAtMs <= lastMs + detectWithinMs).map((episode) => episode.alert))];
    const fallbackCounts = Object.fromEntries(fallbacks.map((fallback) => [fallback, during.filter((span) => span.fallbacks.includes(fallback)).length]));
    const failedRequests = during.filter((span) => span.status !== 200).length;
    const passed = detected !== null && otherAlerts.length === 0 && fallbacks.every((fallback) => (fallbackCounts[fallback] ?? 0) > 0) && failedRequests === 0;
    return { fault, expectedAlert, detected, otherAlerts, fallbackCounts, failedRequests, passed };
  });
}
