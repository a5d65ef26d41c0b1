// The probes as HTTP: what the kubelet (and Docker's HEALTHCHECK) reads. 200 passes and 503
// fails; the body says why, for the person reading `kubectl describe pod`.
import { liveness, readiness, type ProbeSettings, type ServiceState, defaultProbeSettings } from './probes.ts';

export const livenessPath = '/livez';
export const readinessPath = '/readyz';

/** The answer to a probe, or undefined when the path is not a probe's. */
export function healthResponse(path: string, state: ServiceState, nowMs: number, settings: ProbeSettings = defaultProbeSettings): Response | undefined {
  const probe = path === livenessPath ? liveness : path === readinessPath ? readiness : undefined;
  if (!probe) return undefined;
  const result = probe(state, nowMs, settings);
  return Response.json({ ok: result.ok, reasons: result.reasons }, { status: result.ok ? 200 : 503 });
}
