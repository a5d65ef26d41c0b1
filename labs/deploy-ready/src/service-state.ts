// What a pod knows about itself, which the probes in probes.ts read, and two helpers they share.

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

export const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

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

/** The readiness reason when no provider is fresh, or null when one is. */
export function staleProviderReason(state: ServiceState, nowMs: number, settings: ProbeSettings): string | null {
  if (someProviderFresh(state, nowMs, settings)) return null;
  return `no model provider has answered in the last ${seconds(settings.providerFreshMs)} (${describeProviders(state, nowMs)})`;
}
