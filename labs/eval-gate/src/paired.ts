import type { GateResult } from './gate.ts';

/** One item of a run: its id in the dataset, and whether the answer was right. */
export interface Outcome {
  id: string;
  correct: boolean;
}

/** How two runs over the same items differ: the ids that flipped each way. */
export interface Flips {
  items: number;
  passToFail: string[];
  failToPass: string[];
}

/** The candidate's pass rate minus the baseline's, with a confidence interval around it. Fractions: 0.05 = 5 points. */
export interface Interval {
  difference: number;
  low: number;
  high: number;
}

/** Matches the two runs item by item (by id, in any order) and lists the items that flipped each way. */
export function flipsBetween(baseline: Outcome[], candidate: Outcome[]): Flips {
  // TODO: match the two runs by id (the order may differ). If an id is in one run and not
  // the other, throw an Error that names the id. Then list the ids that passed in the
  // baseline and fail in the candidate (passToFail), and the other way round (failToPass).
  return { items: baseline.length, passToFail: [], failToPass: [] };
}

/**
 * The difference in pass rate, candidate minus baseline, and its confidence interval:
 * the Agresti–Min interval ("Wald+2", Statistics in Medicine, 2005), a Wald interval on
 * the paired table after adding half an item to each of its four cells, so that a run
 * with no flips still gets a width.
 */
export function pairedInterval(flips: Flips, z = 1.96): Interval {
  // TODO: difference = (fail→pass − pass→fail) / items, the change in pass rate.
  // For the interval, add half an item to each of the four cells of the paired table
  // (both passed, both failed, and the two kinds of flip), so n = items + 2, then:
  //   centre = (gained − lost) / n
  //   halfWidth = z × sqrt(((gained + 0.5 + lost + 0.5) / n − centre²) / n)
  // and the interval is centre ± halfWidth, clipped to -1..1.
  return { difference: 0, low: 0, high: 0 };
}

const points = (value: number) => `${(value * 100).toFixed(1)}`;

/** Fails when the whole interval lies below zero: the candidate is worse, and the items are enough to say so. */
export function pairedGate(flips: Flips): GateResult {
  // TODO: compute the interval with pairedInterval. Fail ("FAIL paired: ...") when its
  // high end is below zero; otherwise pass ("ok   paired: ..."), saying how large a drop
  // the interval cannot rule out. Report the flips each way, the difference and the
  // interval in points, and list the ids that flipped (flipLines does that).
  return { passed: true, report: [] };
}

const flipLines = (flips: Flips) => [
  ...(flips.passToFail.length > 0 ? [`     now failing: ${flips.passToFail.join(', ')}`] : []),
  ...(flips.failToPass.length > 0 ? [`     now passing: ${flips.failToPass.join(', ')}`] : []),
];
