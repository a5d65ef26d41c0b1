// The two questions Kubernetes asks a pod, answered for a service that calls a model provider.
// Liveness: is this process stuck for good, so that only a restart helps? Readiness: should
// the load balancer send it a request now? They must not be the same question: a restart
// cannot fix a provider outage, and a pod that restarts every minute never warms up.

import { defaultProbeSettings, seconds, staleProviderReason, type ProbeResult, type ProbeSettings, type ServiceState } from './service-state.ts';

export type { ProbeResult, ProbeSettings, ServiceState };
export { defaultProbeSettings };

/** Should the kubelet restart this container? Only when the process itself is stuck. */
export function liveness(state: ServiceState, nowMs: number, settings: ProbeSettings = defaultProbeSettings): ProbeResult {
  const reasons: string[] = [];
  const sinceHeartbeat = nowMs - state.lastHeartbeatAtMs;
  if (sinceHeartbeat > settings.heartbeatStallMs) {
    reasons.push(`the worker loop has not made progress for ${seconds(sinceHeartbeat)} (limit ${seconds(settings.heartbeatStallMs)})`);
  }
  return { ok: reasons.length === 0, reasons };
}

/** Should the Service send this pod requests now? */
export function readiness(state: ServiceState, nowMs: number, settings: ProbeSettings = defaultProbeSettings): ProbeResult {
  const reasons = [...liveness(state, nowMs, settings).reasons];
  if (state.draining) reasons.push('draining: SIGTERM received, finishing in-flight requests');
  if (state.warmUpDoneAtMs === null) reasons.push('warm-up has not finished');
  const providerReason = staleProviderReason(state, nowMs, settings);
  if (providerReason) reasons.push(providerReason);
  return { ok: reasons.length === 0, reasons };
}
