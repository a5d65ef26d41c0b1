// The incident report the chaos run writes: for each fault, whether the right alert fired in
// time, which fallbacks kept users served, and what it cost. npm start prints it; CI publishes it.
import { clockTime, minute } from './clock.ts';
import type { ChaosRun, FaultVerdict } from './chaos.ts';
import { percentile } from './dashboard.ts';
import type { Fault } from './faults.ts';

export function describeFault(fault: Fault): string {
  if (fault.kind === 'rate-limit-storm') return `rate-limit storm on ${fault.provider} (${Math.round(fault.share * 100)}% of calls get 429)`;
  if (fault.kind === 'latency-spike') return `latency spike on ${fault.provider} (every call ×${fault.factor})`;
  return `${fault.provider} re-points ${fault.alias} to ${fault.to}`;
}

const window = (fault: Fault): string => `${clockTime(fault.fromMs)}–${Number.isFinite(fault.toMs) ? clockTime(fault.toMs) : 'end'}`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function verdictRow(verdict: FaultVerdict): string {
  const fired = verdict.detected ? `${clockTime(verdict.detected.firedAtMs)} (after ${Math.round((verdict.detected.firedAtMs - verdict.fault.fromMs) / minute)} min)` : 'did not fire';
  const fallbacks = Object.entries(verdict.fallbackCounts).map(([name, count]) => `${name} ×${count}`).join(', ');
  const others = verdict.otherAlerts.length > 0 ? verdict.otherAlerts.join(', ') : 'none';
  return `| ${describeFault(verdict.fault)} | ${window(verdict.fault)} | ${verdict.expectedAlert} | ${fired} | ${fallbacks} | ${others} | ${verdict.failedRequests} | ${verdict.passed ? 'pass' : '**FAIL**'} |`;
}

export function renderReport(run: ChaosRun, faultVerdicts: FaultVerdict[]): string {
  const served = run.spans.filter((span) => span.status === 200).length;
  const latencies = run.spans.map((span) => span.latencyMs);
  const cost = run.spans.reduce((sum, span) => sum + span.costUsd, 0);
  const lines = [
    '# Incident report: chaos run',
    '',
    `${run.spans.length} requests over ${clockTime(Math.max(...run.spans.map((span) => span.startMs)) + minute)} of simulated time, ${run.faults.length} faults injected. Alerts are evaluated once a minute.`,
    '',
    `**${faultVerdicts.filter((verdict) => verdict.passed).length} of ${faultVerdicts.length} faults handled**: the right alert within 10 minutes, no other alert, the expected fallbacks taken and no request failed.`,
    '',
    '| Fault | Window | Expected alert | Fired | Fallbacks taken | Other alerts | Failed requests | Result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...faultVerdicts.map(verdictRow),
    '',
    `## Alerts (${run.alerts.length})`,
    '',
    ...(run.alerts.length === 0
      ? ['None fired.']
      : ['| Alert | Fired | Resolved | At its worst |', '| --- | --- | --- | --- |', ...run.alerts.map((episode) => `| ${episode.alert} | ${clockTime(episode.firedAtMs)} | ${episode.resolvedAtMs === null ? 'still firing' : clockTime(episode.resolvedAtMs)} | ${episode.worst} |`)]),
    '',
    '## Service level over the run',
    '',
    `- Served: ${served} of ${run.spans.length} requests (${((100 * served) / run.spans.length).toFixed(2)}%); the readiness probe failed in ${run.unreadyMinutes} minute(s).`,
    `- Latency: p50 ${seconds(percentile(latencies, 50))}, p95 ${seconds(percentile(latencies, 95))}, worst ${seconds(Math.max(...latencies))}.`,
    `- Cost: $${cost.toFixed(4)} in all, $${(cost / run.spans.length).toFixed(6)} a request.`,
    `- Models pinned: ${Object.entries(run.pins).map(([provider, model]) => `${provider} → ${model}`).join(', ') || 'none'}.`,
  ];
  return lines.join('\n');
}
