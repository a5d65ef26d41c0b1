// Milestone 2: turn a request's attempts into its span, with tokens, cost and latency.
import { priceRow } from './models.ts';
import type { Attempt, Fallback, RequestSpan } from './span-types.ts';

/** The statuses a provider bills: it generated an answer, whether or not the service used it. */
export const billedStatuses: ReadonlySet<Attempt['status']> = new Set(['ok', 'model-changed', 'timeout']);

/** The dollars one attempt costs: its tokens at the price of the snapshot that answered. */
export function costOfAttempt(attempt: Attempt): number {
  if (!billedStatuses.has(attempt.status)) return 0;
  const price = priceRow(attempt.responseModel ?? attempt.requestedModel);
  return (attempt.inputTokens * price.inputPerMTok + attempt.outputTokens * price.outputPerMTok) / 1_000_000;
}

export interface SpanInput {
  traceId: string;
  startMs: number;
  endMs: number;
  attempts: Attempt[];
  fallbacks: Fallback[];
}

/** The finished span of one request. */
export function finishSpan({ traceId, startMs, endMs, attempts, fallbacks }: SpanInput): RequestSpan {
  const answered = attempts.findLast((attempt) => attempt.status === 'ok');
  const billed = attempts.filter((attempt) => billedStatuses.has(attempt.status));
  return {
    traceId,
    name: 'POST /answer',
    startMs,
    endMs,
    latencyMs: endMs - startMs,
    status: answered ? 200 : 503,
    provider: answered?.provider ?? null,
    model: answered?.responseModel ?? null,
    inputTokens: billed.reduce((sum, attempt) => sum + attempt.inputTokens, 0),
    outputTokens: billed.reduce((sum, attempt) => sum + attempt.outputTokens, 0),
    costUsd: attempts.reduce((sum, attempt) => sum + costOfAttempt(attempt), 0),
    attempts,
    fallbacks: [...new Set(fallbacks)],
  };
}
