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
    const attempts: Attempt[] = [];
    const worstCase = estimateInputTokens(request) + request.maxTokens;
    const refusal = options.budgets.refusal(tenant, worstCase);
    if (refusal) throw new RefusedError(`refused before sending: ${refusal}`, attempts);

    for (const deployment of options.route) {
      const breaker = breakerOf(deployment.provider);
      if (!breaker.allowRequest()) {
        attempts.push({ provider: deployment.provider, outcome: 'skipped' });
        continue;
      }
      const { toRequest, fromResponse } = adapters[deployment.provider];
      const response = await options.transport(toRequest(request, deployment));
      attempts.push({ provider: deployment.provider, outcome: 'sent', status: response.status });
      if (isRetryable(response.status)) {
        breaker.recordFailure();
        continue;
      }
      // Any other answer means the provider is up, even a 400 that is our own fault.
      breaker.recordSuccess();
      if (response.status !== 200) throw new RefusedError(`${deployment.provider} answered ${response.status}: not retryable, so no fallback`, attempts);
      const result = fromResponse(response.body);
      options.budgets.charge(tenant, result.usage.totalTokens);
      return { result, attempts };
    }
    const tried = attempts.map((attempt) => `${attempt.provider} ${attempt.outcome === 'skipped' ? 'skipped (breaker open)' : attempt.status}`).join(', ');
    throw new RefusedError(`every provider failed: ${tried}`, attempts);
  }

  return { send, breakerOf };
}
