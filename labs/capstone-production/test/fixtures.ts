// Small hand-made attempts and spans for the tests, so that each milestone is tested on
// inputs you can check by hand before the chaos run puts everything together.
import type { Attempt, RequestSpan } from '../src/span-types.ts';

export function attempt(fields: Partial<Attempt> = {}): Attempt {
  return { provider: 'northwind', requestedModel: 'luna-2026-09-15', expectedModel: 'luna-2026-09-15', responseModel: 'luna-2026-09-15', status: 'ok', startMs: 0, latencyMs: 1_000, inputTokens: 1_000, outputTokens: 500, ...fields };
}

export function span(startMs: number, latencyMs: number, fields: Partial<RequestSpan> = {}): RequestSpan {
  return { traceId: `t${startMs}`, name: 'POST /answer', startMs, endMs: startMs + latencyMs, latencyMs, status: 200, provider: 'northwind', model: 'luna-2026-09-15', inputTokens: 1_000, outputTokens: 500, costUsd: 0.001, attempts: [attempt({ startMs, latencyMs })], fallbacks: [], ...fields };
}
