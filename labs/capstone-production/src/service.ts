// The service: one request in, one span out. It keeps the state every instance keeps (the
// probes' health, the pinned models, the spans it has exported) and nothing else.
import { createSimClock, type Random } from './clock.ts';
import type { HealthState } from './health.ts';
import { callWithFallback } from './resilience.ts';
import { defaultRetryPolicy, type RetryPolicy, type Route } from './retry-policy.ts';
import type { RequestSpan } from './span-types.ts';
import { finishSpan } from './tracing.ts';
import { promptTokens } from './traffic.ts';

export interface Service {
  routes: Route[];
  health: HealthState;
  /** provider → snapshot id, set when a model was pinned after a silent change. */
  pins: Map<string, string>;
  /** Every finished request's span, in the order they arrived: what a tracer would export. */
  spans: RequestSpan[];
  answer(question: string, arrivalMs: number): { span: RequestSpan; text: string | null };
}

export interface ServiceOptions {
  routes: Route[];
  random: Random;
  policy?: RetryPolicy;
  startMs?: number;
}

export function createService({ routes, random, policy = defaultRetryPolicy, startMs = 0 }: ServiceOptions): Service {
  if (routes.length === 0) throw new Error('createService: routes must name at least one provider.');
  const health: HealthState = { warmUpDoneAtMs: null, draining: false, lastHeartbeatAtMs: startMs, lastSuccessAtMs: Object.fromEntries(routes.map((route) => [route.provider.name, null])) };
  const pins = new Map<string, string>();
  const spans: RequestSpan[] = [];
  return {
    routes,
    health,
    pins,
    spans,
    answer(question, arrivalMs) {
      const clock = createSimClock(arrivalMs);
      const result = callWithFallback({ routes, inputTokens: promptTokens(question), clock, random, policy, pins });
      const span = finishSpan({ traceId: `req-${String(spans.length + 1).padStart(5, '0')}`, startMs: arrivalMs, endMs: clock.now(), attempts: result.attempts, fallbacks: result.fallbacks });
      spans.push(span);
      health.lastHeartbeatAtMs = clock.now();
      if (result.answer) {
        health.lastSuccessAtMs[result.answer.provider] = clock.now();
        health.warmUpDoneAtMs ??= clock.now();
      }
      const text = result.answer ? `(${result.answer.model} answers in ${result.answer.outputTokens} tokens)` : null;
      return { span, text };
    },
  };
}
