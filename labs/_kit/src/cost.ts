import { z } from 'zod';
import table from './prices.json' with { type: 'json' };

const perMTok = z.number().nonnegative().finite();

export const priceRowSchema = z.strictObject({
  provider: z.string().min(1),
  model: z.string().min(1),
  /** US dollars per million input tokens. */
  inputPerMTok: perMTok,
  /** US dollars per million input tokens read from the prompt cache, when the provider prices them apart. */
  cachedInputPerMTok: perMTok.optional(),
  /** US dollars per million output tokens (reasoning tokens are billed as output). */
  outputPerMTok: perMTok,
  currency: z.literal('USD'),
  /** The official pricing page the figures come from. */
  source: z.url({ protocol: /^https$/ }),
  /** The date the figures were true (YYYY-MM-DD). */
  asOf: z.iso.date(),
  /** What the row leaves out: tiers, surcharges. */
  note: z.string().optional(),
});

export const priceTableSchema = z.strictObject({ note: z.string(), rows: z.array(priceRowSchema).min(1) });

/**
 * One model's prices. `currency` is optional in the type so that a lab can
 * write a row by hand; every row of prices.json states it.
 */
export type PriceRow = Omit<z.infer<typeof priceRowSchema>, 'currency'> & { currency?: 'USD' };

/** The dated price table (prices.json), validated when the kit loads. */
export const prices: PriceRow[] = priceTableSchema.parse(table).rows;

/** Token usage: the kit's own shape, or the AI SDK's `result.usage` as it is. */
export interface TokenUsage {
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
  /** Input tokens served from the provider's prompt cache (part of inputTokens). */
  cachedInputTokens?: number | undefined;
  /** The AI SDK reports cached input tokens here. */
  inputTokenDetails?: { cacheReadTokens?: number | undefined } | undefined;
}

/** The price row of a model, or an error that names the model and lists the known ones. */
export function priceOf(model: string): PriceRow {
  const row = prices.find((candidate) => candidate.model === model);
  if (!row) throw new Error(`No price for model "${model}". Known models: ${prices.map((candidate) => candidate.model).join(', ')}.`);
  return row;
}

/**
 * The cost of one call in US dollars: tokens × price per million tokens, with
 * cached input tokens at the cached price (or the input price when the row has none).
 */
export function costOf(usage: TokenUsage, model: string | PriceRow): number {
  const row = typeof model === 'string' ? priceOf(model) : model;
  const input = usage.inputTokens ?? 0;
  const output = usage.outputTokens ?? 0;
  const cached = Math.min(usage.cachedInputTokens ?? usage.inputTokenDetails?.cacheReadTokens ?? 0, input);
  for (const [name, value] of [['inputTokens', input], ['outputTokens', output], ['cachedInputTokens', cached]] as const) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`costOf: ${name} must be a non-negative number, not ${value}.`);
  }
  const cachedPrice = row.cachedInputPerMTok ?? row.inputPerMTok;
  return ((input - cached) * row.inputPerMTok + cached * cachedPrice + output * row.outputPerMTok) / 1_000_000;
}

/** Cost per month in US dollars: the cost of one request × requests per month. */
export function monthlyCost(perRequestUsd: number, requestsPerMonth: number): number {
  return perRequestUsd * requestsPerMonth;
}
