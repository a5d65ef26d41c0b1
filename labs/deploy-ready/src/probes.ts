// The two questions Kubernetes asks a pod, answered for a service that calls a model provider.
// Liveness: is this process stuck for good, so that only a restart helps? Readiness: should
// the load balancer send it a request now? They must not be the same question: a restart
// cannot fix a provider outage, and a pod that restarts every minute never warms up.

export interface ServiceState {
  /** When warm-up finished (tokenizer and prompts loaded, a first provider call answered), or null. */
  warmUpDoneAtMs: number | null;
  /** The last successful call to each provider the service can use, by name; null if none yet. */
  lastProviderSuccessAtMs: Record<string, number | null>;
  /** The last time the worker loop finished a pass (or idled). A stale heartbeat means it is stuck. */
  lastHeartbeatAtMs: number;
  /** True once the process has received SIGTERM and is finishing its in-flight requests. */
  draining: boolean;
}

export interface ProbeSettings {
  /** How recent a provider's last success must be for the pod to take traffic. */
  providerFreshMs: number;
  /** How long the worker loop may go without a heartbeat before the process counts as stuck. */
  heartbeatStallMs: number;
}

export const defaultProbeSettings: ProbeSettings = { providerFreshMs: 30_000, heartbeatStallMs: 10_000 };

export interface ProbeResult {
  ok: boolean;
  /** Why the probe fails, one reason a line; empty when it passes. */
  reasons: string[];
}

const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

/** "primary 95 s ago, fallback never": each provider's last success, for a failing probe's reason. */
export function describeProviders(state: ServiceState, nowMs: number): string {
  return Object.entries(state.lastProviderSuccessAtMs)
    .map(([name, at]) => `${name} ${at === null ? 'never' : `${seconds(nowMs - at)} ago`}`)
    .join(', ');
}

/** True when at least one provider answered within the window: one working route to a model is enough. */
export function someProviderFresh(state: ServiceState, nowMs: number, settings: ProbeSettings): boolean {
  return Object.values(state.lastProviderSuccessAtMs).some((at) => at !== null && nowMs - at <= settings.providerFreshMs);
}

/** Should the kubelet restart this container? Only when the process itself is stuck. */
export function liveness(state: ServiceState, nowMs: number, settings: ProbeSettings = defaultProbeSettings): ProbeResult {
  // TODO: this restarts the pod whenever the provider is down, which a restart cannot fix,
  // and never notices a stuck worker loop. Fail only on a heartbeat older than
  // settings.heartbeatStallMs, and leave the provider to readiness.
  const reasons: string[] = [];
  if (!someProviderFresh(state, nowMs, settings)) {
    reasons.push(`no model provider has answered in the last ${seconds(settings.providerFreshMs)} (${describeProviders(state, nowMs)})`);
  }
  return { ok: reasons.length === 0, reasons };
}

/** Should the Service send this pod requests now? */
export function readiness(state: ServiceState, nowMs: number, settings: ProbeSettings = defaultProbeSettings): ProbeResult {
  // TODO: a pod is ready only when it is live, not draining, warmed up, and at least one
  // provider answered recently. Give one reason for each condition that fails.
  return liveness(state, nowMs, settings);
}
