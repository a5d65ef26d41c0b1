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

const perToken = (pricePerMillion: number): number => pricePerMillion / 1_000_000;

/** Input tokens read from the cache: the stable prefix, if caching is on and the prefix is long enough. */
export function cachedTokens(scenario: Scenario): number {
  const prefix = Math.min(scenario.stablePrefixTokens ?? 0, scenario.inputTokens);
  if (scenario.minimumCachePrefix === undefined || prefix < scenario.minimumCachePrefix) return 0;
  return prefix;
}

/** Output tokens billed: reasoning plus the answer, never more than maxOutputTokens. */
export function billedOutputTokens(scenario: Scenario): number {
  return Math.min((scenario.reasoningTokens ?? 0) + scenario.outputTokens, scenario.maxOutputTokens ?? Infinity);
}

/** The cost of one request in US dollars. */
export function costPerRequest(scenario: Scenario, price: PriceRow): number {
  const rates = ratesFor(price, scenario.inputTokens);
  const cached = cachedTokens(scenario);
  const full =
    (scenario.inputTokens - cached) * perToken(rates.input) + cached * perToken(rates.cachedInput) + billedOutputTokens(scenario) * perToken(rates.output);
  return full * (1 - (scenario.batchDiscount ?? 0));
}

/** Cost per month: cost per request × requests per month. */
export function monthlyCost(costPerRequestUsd: number, requestsPerMonth: number): number {
  return costPerRequestUsd * requestsPerMonth;
}

export function costPerMonth(scenario: Scenario, price: PriceRow): number {
  return monthlyCost(costPerRequest(scenario, price), scenario.requestsPerMonth);
}

/** The model with the lowest monthly cost for this scenario. */
export function cheapestModel(scenario: Scenario, rows: PriceRow[]): { model: string; monthly: number } {
  const priced = rows.map((row) => ({ model: row.model, monthly: costPerMonth(scenario, row) }));
  if (priced.length === 0) throw new Error('cheapestModel: no prices given.');
  return priced.reduce((best, candidate) => (candidate.monthly < best.monthly ? candidate : best));
}
