import * as z from 'zod';
import table from './prices.json' with { type: 'json' };
import { findModelRow } from './model-id.ts';

const perMTok = z.number().nonnegative().finite();

/** Rates that replace the standard ones for a whole request once its input passes a threshold. */
export const longContextSchema = z.strictObject({
  /** Input tokens (cached and written included) above which the whole request uses these rates. */
  aboveInputTokens: z.number().int().positive(),
  inputPerMTok: perMTok,
  cachedInputPerMTok: perMTok.optional(),
  cacheWritePerMTok: perMTok.optional(),
  outputPerMTok: perMTok,
});

export const priceRowSchema = z.strictObject({
  provider: z.string().min(1),
  model: z.string().min(1),
  /** US dollars per million input tokens. */
  inputPerMTok: perMTok,
  /** US dollars per million input tokens read from the prompt cache, when the provider prices them apart. */
  cachedInputPerMTok: perMTok.optional(),
  /** US dollars per million input tokens written to the prompt cache, when the provider charges for writes. */
  cacheWritePerMTok: perMTok.optional(),
  /** US dollars per million output tokens. Reasoning (thinking) tokens are output tokens. */
  outputPerMTok: perMTok,
  /** A higher tier for long prompts, where the provider has one. */
  longContext: longContextSchema.optional(),
  currency: z.literal('USD'),
  /** The official page the figures come from. */
  source: z.url({ protocol: /^https$/ }),
  /** The date the row was last compared with its source (YYYY-MM-DD). */
  asOf: z.iso.date(),
  /** What the row leaves out or what is about to change: tiers, surcharges, retirements. */
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
  /** All input tokens, including those read from or written to the prompt cache. */
  inputTokens?: number | undefined;
  /** All output tokens, including reasoning tokens (the AI SDK counts them here too). */
  outputTokens?: number | undefined;
  /** Input tokens read from the provider's prompt cache (part of inputTokens). */
  cachedInputTokens?: number | undefined;
  /** Input tokens written to the provider's prompt cache (part of inputTokens). */
  cacheWriteTokens?: number | undefined;
  /** The AI SDK reports cache reads and writes here. */
  inputTokenDetails?: { cacheReadTokens?: number | undefined; cacheWriteTokens?: number | undefined } | undefined;
}

/**
 * The price row of a model id: a pinned snapshot is priced under the row of the alias it is dated
 * from, and a router's prefix ("openai/") is dropped. An unknown model is an error that names it
 * and lists the known ones.
 */
export function priceOf(model: string): PriceRow {
  const row = findModelRow(prices, model);
  if (!row) throw new Error(`No price for model "${model}". Known models: ${prices.map((candidate) => candidate.model).join(', ')}.`);
  return row;
}

interface Rates {
  input: number;
  cachedInput: number;
  cacheWrite: number;
  output: number;
}

/** The rates that apply to a request with this many input tokens: the long-context tier above its threshold. */
export function ratesFor(row: PriceRow, inputTokens: number): Rates {
  const tier = row.longContext && inputTokens > row.longContext.aboveInputTokens ? row.longContext : row;
  return {
    input: tier.inputPerMTok,
    cachedInput: tier.cachedInputPerMTok ?? tier.inputPerMTok,
    cacheWrite: tier.cacheWritePerMTok ?? tier.inputPerMTok,
    output: tier.outputPerMTok,
  };
}

/**
 * The cost of one call in US dollars: tokens × price per million tokens.
 * Cached input is priced at the cached price and cache writes at the write
 * price (each falls back to the input price when the row has none); above a
 * row's long-context threshold the whole request uses the long-context rates.
 */
export function costOf(usage: TokenUsage, model: string | PriceRow): number {
  const row = typeof model === 'string' ? priceOf(model) : model;
  const input = usage.inputTokens ?? 0;
  const output = usage.outputTokens ?? 0;
  const cached = usage.cachedInputTokens ?? usage.inputTokenDetails?.cacheReadTokens ?? 0;
  const written = usage.cacheWriteTokens ?? usage.inputTokenDetails?.cacheWriteTokens ?? 0;
  for (const [name, value] of [['inputTokens', input], ['outputTokens', output], ['cachedInputTokens', cached], ['cacheWriteTokens', written]] as const) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`costOf: ${name} must be a non-negative number, not ${value}.`);
  }
  if (cached + written > input) throw new Error(`costOf: cached (${cached}) and written (${written}) input tokens are part of inputTokens (${input}), so they cannot add up to more.`);
  const rates = ratesFor(row, input);
  return ((input - cached - written) * rates.input + cached * rates.cachedInput + written * rates.cacheWrite + output * rates.output) / 1_000_000;
}

/** Cost per month in US dollars: the cost of one request × requests per month. */
export function monthlyCost(perRequestUsd: number, requestsPerMonth: number): number {
  return perRequestUsd * requestsPerMonth;
}
