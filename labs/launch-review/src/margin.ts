import { costOf, priceOf } from '@ai-roadmap/kit';
import type { Feature } from './feature.ts';
import { percentile } from './percentile.ts';

export interface MarginAt {
  /** The percentile the token counts were taken at, e.g. 50 or 95. */
  p: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  revenueUsd: number;
  /** Revenue minus cost, per request: negative means each such request loses money. */
  marginUsd: number;
}

/**
 * The margin of one request whose input and output are both at the p-th percentile of the samples.
 * Taking both counts at p95 is pessimistic on purpose: a launch review asks what a heavy request costs.
 */
export function marginAt(feature: Feature, p: number): MarginAt {
  // TODO: take the p-th percentile of the samples' input tokens and of their output tokens,
  // price that request with the kit (costOf and priceOf), and subtract the cost from the revenue.
  void costOf; void priceOf; void percentile;
  return { p, inputTokens: 0, outputTokens: 0, costUsd: 0, revenueUsd: feature.revenuePerRequestUsd, marginUsd: feature.revenuePerRequestUsd };
}
