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

/** The cost of one request in US dollars. */
export function costPerRequest(scenario: Scenario, price: PriceRow): number {
  // TODO: prices in the table are US dollars per MILLION tokens.
  //  1. input tokens × price.inputPerMTok, output tokens × price.outputPerMTok;
  //  2. the cached share of the input at price.cachedInputPerMTok (fall back
  //     to the input price when a model has no cached price);
  //  3. output tokens never exceed maxOutputTokens, when it is set;
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
