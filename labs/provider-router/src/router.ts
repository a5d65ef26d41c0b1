/**
 * The router: one request in, one normalised answer out, from the first provider in the route
 * that is healthy and answers. Refuses a request the tenant's budget cannot cover before anything
 * is sent; falls back on 429 and 5xx; skips a provider whose breaker is open.
 */
import { createBreaker, type Breaker, type BreakerOptions } from './breaker.ts';
import type { Budgets } from './budget.ts';
import { adapters, estimateInputTokens } from './providers.ts';
import { isRetryable, RefusedError, type Attempt, type RouteResult } from './attempts.ts';
import type { Transport } from './transport.ts';
import type { ChatRequest, Deployment, ProviderName } from './types.ts';

export interface RouterOptions {
  /** Providers in order of preference. */
  route: Deployment[];
  transport: Transport;
  budgets: Budgets;
  breaker: BreakerOptions;
}

export function createRouter(options: RouterOptions) {
  if (options.route.length === 0) throw new Error('createRouter: route must name at least one deployment.');
  const breakers = new Map<ProviderName, Breaker>(options.route.map((deployment) => [deployment.provider, createBreaker(options.breaker)]));
  const breakerOf = (provider: ProviderName) => breakers.get(provider)!;

  async function send(tenant: string, request: ChatRequest): Promise<RouteResult> {
    // TODO (budgets): refuse, before anything is sent, a request the tenant's budget cannot cover
    // in the worst case, and charge the tenant what the answer used.
    // TODO (fallback): try each deployment of the route in turn; skip one whose breaker is open,
    // move on after a 429 or 5xx, and tell its breaker how the call went.
    const deployment = options.route[0]!;
    const { toRequest, fromResponse } = adapters[deployment.provider];
    const response = await options.transport(toRequest(request, deployment));
    const attempts: Attempt[] = [{ provider: deployment.provider, outcome: 'sent', status: response.status }];
    if (response.status !== 200) throw new RefusedError(`${deployment.provider} answered ${response.status}`, attempts);
    return { result: fromResponse(response.body), attempts };
  }

  return { send, breakerOf };
}
