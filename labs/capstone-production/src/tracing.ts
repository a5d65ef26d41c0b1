// Milestone 2: turn a request's attempts into its span, with tokens, cost and latency.
import { priceRow } from './models.ts';
import type { Attempt, Fallback, RequestSpan } from './span-types.ts';

/** The statuses a provider bills: it generated an answer, whether or not the service used it. */
export const billedStatuses: ReadonlySet<Attempt['status']> = new Set(['ok', 'model-changed', 'timeout']);

/** The dollars one attempt costs: its tokens at the price of the snapshot that answered. */
export function costOfAttempt(attempt: Attempt): number {
  // TODO: 0 for an attempt the provider does not bill (billedStatuses); otherwise its tokens at
  // the prices (dollars per million tokens) of priceRow() for the snapshot that answered, or
  // the requested model when the response named none.
  void attempt;
  void priceRow;
  return 0;
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
  // TODO: the user got an answer when an attempt ended 'ok' (the last such one gives the span's
  // provider and model). Tokens and cost sum over every billed attempt, not only the one that
  // answered: a timed-out call was still generated and charged. Latency is end − start. The span's
  // fallbacks list each kind once: ['retry', 'retry'] becomes ['retry'].
  return {
    traceId,
    name: 'POST /answer',
    startMs,
    endMs,
    latencyMs: 0,
    status: attempts.at(-1)?.status === 'ok' ? 200 : 503,
    provider: null,
    model: null,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    attempts,
    fallbacks,
  };
}
