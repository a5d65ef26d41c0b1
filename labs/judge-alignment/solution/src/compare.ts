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
  const broken = pairs.filter((pair) => pair.v1 && !pair.v2).length;
  const fixed = pairs.filter((pair) => !pair.v1 && pair.v2).length;
  const discordant = broken + fixed;
  const statistic = discordant === 0 ? 0 : Math.max(Math.abs(broken - fixed) - 1, 0) ** 2 / discordant;
  // Under "no difference", each discordant pair is a fair coin: sum the tail of Binomial(n, ½) and double it.
  let probability = 0.5 ** discordant;
  let tail = 0;
  for (let k = 0; k <= Math.min(broken, fixed); k++) {
    tail += probability;
    probability *= (discordant - k) / (k + 1);
  }
  return { broken, fixed, statistic, pValue: chiSquareOneTail(statistic), exactPValue: Math.min(1, 2 * tail) };
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

const passRateDifference = (pairs: Paired[]) => pairs.reduce((sum, pair) => sum + Number(pair.v2) - Number(pair.v1), 0) / pairs.length;

/** A percentile bootstrap interval for v2's pass rate minus v1's, resampling whole questions so that each keeps its pair. */
export function bootstrapDifference(pairs: Paired[], { resamples = 10_000, seed = 7, level = 0.95 }: BootstrapOptions = {}): Interval {
  const random = seededRandom(seed);
  const n = pairs.length;
  const resampled: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const pair = pairs[Math.floor(random() * n)]!;
      sum += Number(pair.v2) - Number(pair.v1);
    }
    resampled.push(sum / n);
  }
  resampled.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { difference: passRateDifference(pairs), lower: quantile(resampled, tail), upper: quantile(resampled, 1 - tail), resampled };
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
  const result = mcnemar(pairs);
  const test = result.broken + result.fixed < 25 ? 'exact' : 'chi-square';
  const pValue = test === 'exact' ? result.exactPValue : result.pValue;
  return {
    passRateV1: pairs.filter((pair) => pair.v1).length / pairs.length,
    passRateV2: pairs.filter((pair) => pair.v2).length / pairs.length,
    interval: bootstrapDifference(pairs, { level: 1 - alpha, ...bootstrap }),
    mcnemar: result,
    test,
    pValue,
    significant: pValue < alpha,
  };
}
