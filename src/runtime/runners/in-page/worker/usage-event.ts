import type { UsageEvent } from '../../../runner.ts';

const text = (value: unknown): string => String(value ?? '').slice(0, 200);
const tokens = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

/** What the kit's usage hook was called with, reduced to a UsageEvent: lab code may call the hook with anything. */
export const usageEvent = (event: unknown): UsageEvent => {
  const fields = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
  return { provider: text(fields.provider), modelId: text(fields.modelId), inputTokens: tokens(fields.inputTokens), outputTokens: tokens(fields.outputTokens) };
};
