import type { PriceRow } from '@ai-roadmap/kit';

/** One kind of request, repeated every month. */
export interface Scenario {
  inputTokens: number;
  outputTokens: number;
  requestsPerMonth: number;
  /** Share of the input served from the provider's prompt cache, 0 to 1. */
  cachedShare?: number;
  /** Discount for sending the work through a batch API, 0 to 1 (often 0.5). */
  batchDiscount?: number;
  /** Stop generating after this many output tokens. */
  maxOutputTokens?: number;
}

const perToken = (pricePerMillion: number): number => pricePerMillion / 1_000_000;

/** The cost of one request in US dollars. */
export function costPerRequest(scenario: Scenario, price: PriceRow): number {
  const output = Math.min(scenario.outputTokens, scenario.maxOutputTokens ?? Infinity);
  const cached = scenario.inputTokens * (scenario.cachedShare ?? 0);
  const uncached = scenario.inputTokens - cached;
  const cachedPrice = price.cachedInputPerMTok ?? price.inputPerMTok;
  const full = uncached * perToken(price.inputPerMTok) + cached * perToken(cachedPrice) + output * perToken(price.outputPerMTok);
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
