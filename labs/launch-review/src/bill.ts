import { costOf, monthlyCost, priceOf } from '@ai-roadmap/kit';
import type { Feature } from './feature.ts';

/**
 * The month's model bill: the mean cost of the samples, each priced on its own, times the traffic.
 * A bill is a sum, so it follows the mean; the p50 request's cost times the traffic undercounts it
 * whenever the token counts are skewed to the right, as they nearly always are.
 */
export function monthlyBillUsd(feature: Feature): number {
  const price = priceOf(feature.model);
  const meanCost = feature.samples.reduce((sum, sample) => sum + costOf(sample, price), 0) / feature.samples.length;
  return monthlyCost(meanCost, feature.requestsPerMonth);
}
