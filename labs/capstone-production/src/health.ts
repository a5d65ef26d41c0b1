// Milestone 1: the probes. Liveness asks "would a restart fix this process?"; readiness asks
// "should this instance get traffic now?". A provider outage is a readiness problem only:
// restarting every instance because a provider is down turns an outage into a bigger one.

export interface HealthState {
  /** When warm-up (config loaded, first provider call answered) finished; null until then. */
  warmUpDoneAtMs: number | null;
  /** Set on SIGTERM: finish what is in flight, take nothing new. */
  draining: boolean;
  /** The last time the event loop ran its heartbeat. */
  lastHeartbeatAtMs: number;
  /** provider → the last time it answered a call; null if it never has. */
  lastSuccessAtMs: Record<string, number | null>;
}

export interface HealthSettings {
  /** The heartbeat may be this old before the process counts as stuck. */
  heartbeatStallMs: number;
  /** A provider that answered within this long counts as usable. */
  providerFreshMs: number;
}

export const defaultHealthSettings: HealthSettings = { heartbeatStallMs: 10_000, providerFreshMs: 120_000 };

export interface ProbeResult {
  ok: boolean;
  /** One line per reason for failing; empty when ok. */
  reasons: string[];
}

const result = (reasons: string[]): ProbeResult => ({ ok: reasons.length === 0, reasons });

export function liveness(state: HealthState, nowMs: number, settings: HealthSettings = defaultHealthSettings): ProbeResult {
  // TODO: fail only when the heartbeat is older than settings.heartbeatStallMs, with one reason
  // that says how long, in whole seconds rounded down (42.5 s is "42 s"): "event loop stuck: no heartbeat for 42 s".
  void state;
  void nowMs;
  void settings;
  return result([]);
}

export function readiness(state: HealthState, nowMs: number, settings: HealthSettings = defaultHealthSettings): ProbeResult {
  // TODO: liveness's reasons, then one reason each for: draining ("draining: …"), warm-up not
  // finished ("warm-up has not finished"), and no provider that answered within
  // settings.providerFreshMs ("no provider has answered in the last 120 s").
  void state;
  void nowMs;
  void settings;
  return result([]);
}
