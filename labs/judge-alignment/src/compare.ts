import { seededRandom } from '@ai-roadmap/kit';
import { chiSquareOneTail, quantile } from './distributions.ts';

/** One question answered by both versions: did each pass? */
export interface Paired {
  v1: boolean;
  v2: boolean;
}

export interface McNemar {
  /** v1 passed, v2 failed: questions the change broke (b). */
  broken: number;
  /** v1 failed, v2 passed: questions the change fixed (c). */
  fixed: number;
  /** (|b − c| − 1)² ÷ (b + c), with Edwards's continuity correction; 0 when b + c = 0. */
  statistic: number;
  /** P(chi-square with 1 degree of freedom ≥ statistic). */
  pValue: number;
  /** Two-sided exact binomial test of b against Binomial(b + c, ½). */
  exactPValue: number;
}

/** McNemar's test for paired binary outcomes: only the questions on which the versions disagree carry evidence. */
export function mcnemar(pairs: Paired[]): McNemar {
  // TODO: count b (broken: v1 passed, v2 failed) and c (fixed: v1 failed, v2
  // passed). The statistic is (|b − c| − 1)² / (b + c), never negative, and 0
  // when b + c is 0; its p-value is chiSquareOneTail(statistic).
  // The exact p-value: under "no difference" each of the n = b + c discordant
  // pairs is a fair coin, so b ~ Binomial(n, ½). Add up P(X = k) for k from 0 to
  // min(b, c) and double it (at most 1). Start from P(X = 0) = 0.5 ** n and get
  // each next term with P(X = k + 1) = P(X = k) × (n − k) / (k + 1).
  return { broken: 0, fixed: 0, statistic: 0, pValue: 1, exactPValue: 1 };
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  /** 0.95 for a 95% interval. */
  level?: number;
}

export interface Interval {
  /** v2's pass rate minus v1's, on the pairs as they are. */
  difference: number;
  lower: number;
  upper: number;
  /** Every resampled difference, sorted: the bootstrap distribution. */
  resampled: number[];
}

/** A percentile bootstrap interval for v2's pass rate minus v1's, resampling whole questions so that each keeps its pair. */
export function bootstrapDifference(pairs: Paired[], { resamples = 10_000, seed = 7, level = 0.95 }: BootstrapOptions = {}): Interval {
  // TODO: make one generator, const random = seededRandom(seed). Then, for each
  // of the resamples, draw pairs.length questions with replacement, each as
  // pairs[Math.floor(random() * pairs.length)], in that order, and record the
  // resample's pass rate of v2 minus its pass rate of v1. Sort the recorded
  // differences; the interval runs from quantile(sorted, (1 − level) / 2) to
  // quantile(sorted, 1 − (1 − level) / 2). The difference itself is computed
  // on the pairs as they are, without resampling.
  return { difference: 0, lower: 0, upper: 0, resampled: [] };
}

export interface Comparison {
  passRateV1: number;
  passRateV2: number;
  interval: Interval;
  mcnemar: McNemar;
  /** The exact test when there are fewer than 25 discordant pairs, the chi-square approximation otherwise. */
  test: 'exact' | 'chi-square';
  pValue: number;
  /** pValue < alpha. */
  significant: boolean;
}

export function compareVersions(pairs: Paired[], { alpha = 0.05, ...bootstrap }: BootstrapOptions & { alpha?: number } = {}): Comparison {
  // TODO: run mcnemar and bootstrapDifference (at the level 1 − alpha, with the
  // bootstrap options passed on). Choose the exact test when b + c < 25, the
  // chi-square approximation otherwise, take that test's p-value, and call the
  // difference significant when it is below alpha.
  return {
    passRateV1: 0,
    passRateV2: 0,
    interval: bootstrapDifference(pairs, bootstrap),
    mcnemar: mcnemar(pairs),
    test: 'chi-square',
    pValue: 1,
    significant: false,
  };
}
