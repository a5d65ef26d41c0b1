import type { LanguageModel } from 'ai';

const probes = new Set(['/health/live', '/health/ready']);

/**
 * The answers to the platform's health probes, or undefined when the request
 * is for another path. Liveness says the process can still answer, so a failed
 * one gets the process restarted. Readiness says it can do its job, so a failed
 * one takes it out of the load balancer until it can.
 */
export function healthCheck(request: Request, model: LanguageModel | undefined): Response | undefined {
  const { pathname } = new URL(request.url);
  if (!probes.has(pathname)) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return Response.json({ error: 'Use GET' }, { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  if (pathname === '/health/live') return Response.json({ status: 'ok' });
  // Ready means configured, not "the provider answered just now": a probe that
  // called the model would pay for every probe, and in a provider outage would
  // take every instance out of the balancer at once.
  return model === undefined
    ? Response.json({ status: 'not ready', checks: { model: 'not configured' } }, { status: 503 })
    : Response.json({ status: 'ready', checks: { model: 'configured' } });
}
