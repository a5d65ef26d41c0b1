import type { LanguageModel } from 'ai';

/**
 * The answers to the platform's health probes, or undefined when the request
 * is for another path. Liveness says the process can still answer, so a failed
 * one gets the process restarted. Readiness says it can do its job, so a failed
 * one takes it out of the load balancer until it can.
 */
export function healthCheck(request: Request, model: LanguageModel | undefined): Response | undefined {
  // TODO: answer GET (or HEAD) on two paths, and return undefined for every other path:
  //  - /health/live → 200 { status: 'ok' }, always: it checks only that the process answers;
  //  - /health/ready → 503 { status: 'not ready', checks: { model: 'not configured' } }
  //    while model is undefined, 200 { status: 'ready', ... } once it is set.
  //    Do not call the model here: probes come every few seconds, and each call is paid.
  //  - any other method on those paths → 405 with an "allow: GET, HEAD" header.
  return undefined;
}
