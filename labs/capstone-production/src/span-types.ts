// The shape of a trace: one span per request, with one record per call to a provider inside it.
// The attribute names follow the spirit of OpenTelemetry's GenAI conventions (model, tokens),
// flattened into a plain object so that the dashboards and alerts can read it directly.

export type AttemptStatus = 'ok' | 'rate-limited' | 'unavailable' | 'timeout' | 'model-changed';
export type Fallback = 'retry' | 'switch-provider' | 'pin-model';

export interface Attempt {
  provider: string;
  /** What the service asked for: an alias or a snapshot id. */
  requestedModel: string;
  /** The snapshot this route was evaluated with, and the one it expects to answer. */
  expectedModel: string;
  /** The snapshot the response says answered; null when nothing did. */
  responseModel: string | null;
  status: AttemptStatus;
  startMs: number;
  /** How long the service waited: the call's latency, or the timeout when it gave up first. */
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
}

export interface RequestSpan {
  traceId: string;
  name: 'POST /answer';
  startMs: number;
  endMs: number;
  latencyMs: number;
  /** What the user got: 200 with an answer, or 503. */
  status: 200 | 503;
  /** The provider and snapshot that gave the answer the user got; null on a 503. */
  provider: string | null;
  model: string | null;
  /** Billed tokens and dollars, summed over every attempt the provider charges for. */
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  attempts: Attempt[];
  fallbacks: Fallback[];
}
