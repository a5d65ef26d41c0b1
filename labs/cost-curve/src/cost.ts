import { ratesFor, type PriceRow } from '@ai-roadmap/kit';

/** One kind of request, repeated every month. */
export interface Scenario {
  /** Every input token of one request: system prompt, history, retrieved text, the user's message. */
  inputTokens: number;
  /** How many of those input tokens are an identical prefix on every call (a system prompt, say). */
  stablePrefixTokens?: number;
  /** Set when the provider caches prompts: it caches nothing shorter than this many tokens. */
  minimumCachePrefix?: number;
  /** The visible answer. */
  outputTokens: number;
  /** Hidden reasoning (thinking) tokens the model generates before the answer: billed as output. */
  reasoningTokens?: number;
  /** Stop generating after this many output tokens, reasoning included. */
  maxOutputTokens?: number;
  /** Discount for sending the work through a batch API, 0 to 1 (often 0.5). */
  batchDiscount?: number;
  requestsPerMonth: number;
}

/** Input tokens read from the cache: the stable prefix, if caching is on and the prefix is long enough. */
export function cachedTokens(scenario: Scenario): number {
  // TODO: 0 when minimumCachePrefix is not set, or when the stable prefix is shorter
  // than it (providers silently skip short prefixes); otherwise the whole stable prefix.
  return 0;
}

/** Output tokens billed: reasoning plus the answer, never more than maxOutputTokens. */
export function billedOutputTokens(scenario: Scenario): number {
  // TODO: reasoning tokens count as output; a cap limits reasoning and answer together.
  return 0;
}

/** The cost of one request in US dollars. */
export function costPerRequest(scenario: Scenario, price: PriceRow): number {
  // TODO: prices in the table are US dollars per MILLION tokens.
  //  1. rates = ratesFor(price, scenario.inputTokens): the standard rates, or the
  //     long-context tier when the request is over the row's threshold;
  //  2. cached input tokens at rates.cachedInput, the rest of the input at rates.input;
  //  3. billed output tokens at rates.output;
  //  4. take batchDiscount off the total.
  return 0;
}

/** Cost per month: cost per request × requests per month. */
export function monthlyCost(costPerRequestUsd: number, requestsPerMonth: number): number {
  // TODO
  return 0;
}

export function costPerMonth(scenario: Scenario, price: PriceRow): number {
  return monthlyCost(costPerRequest(scenario, price), scenario.requestsPerMonth);
}

/** The model with the lowest monthly cost for this scenario. */
export function cheapestModel(scenario: Scenario, rows: PriceRow[]): { model: string; monthly: number } {
  // TODO: price every row with costPerMonth and return the cheapest.
  const first = rows[0];
  if (!first) throw new Error('cheapestModel: no prices given.');
  return { model: first.model, monthly: costPerMonth(scenario, first) };
}
