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
  const inputTokens = percentile(feature.samples.map((sample) => sample.inputTokens), p);
  const outputTokens = percentile(feature.samples.map((sample) => sample.outputTokens), p);
  const costUsd = costOf({ inputTokens, outputTokens }, priceOf(feature.model));
  const revenueUsd = feature.revenuePerRequestUsd;
  return { p, inputTokens, outputTokens, costUsd, revenueUsd, marginUsd: revenueUsd - costUsd };
}
