// The two questions Kubernetes asks a pod, answered for a service that calls a model provider.
// Liveness: is this process stuck for good, so that only a restart helps? Readiness: should
// the load balancer send it a request now? They must not be the same question: a restart
// cannot fix a provider outage, and a pod that restarts every minute never warms up.

import { defaultProbeSettings, staleProviderReason, type ProbeResult, type ProbeSettings, type ServiceState } from './service-state.ts';

export type { ProbeResult, ProbeSettings, ServiceState };
export { defaultProbeSettings };

/** Should the kubelet restart this container? Only when the process itself is stuck. */
export function liveness(state: ServiceState, nowMs: number, settings: ProbeSettings = defaultProbeSettings): ProbeResult {
  // TODO: this restarts the pod whenever the provider is down, which a restart cannot fix,
  // and never notices a stuck worker loop. Fail only on a heartbeat older than
  // settings.heartbeatStallMs, and leave the provider to readiness.
  const reasons: string[] = [];
  const providerReason = staleProviderReason(state, nowMs, settings);
  if (providerReason) reasons.push(providerReason);
  return { ok: reasons.length === 0, reasons };
}

/** Should the Service send this pod requests now? */
export function readiness(state: ServiceState, nowMs: number, settings: ProbeSettings = defaultProbeSettings): ProbeResult {
  // TODO: a pod is ready only when it is live, not draining, warmed up, and at least one
  // provider answered recently. Give one reason for each condition that fails.
  return liveness(state, nowMs, settings);
}
