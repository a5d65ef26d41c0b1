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
  const before = new Map(baseline.map((outcome) => [outcome.id, outcome.correct]));
  const after = new Map(candidate.map((outcome) => [outcome.id, outcome.correct]));
  for (const id of before.keys()) if (!after.has(id)) throw new Error(`Item "${id}" is in the baseline's run but not in the candidate's: a paired comparison needs the same items in both.`);
  for (const id of after.keys()) if (!before.has(id)) throw new Error(`Item "${id}" is in the candidate's run but not in the baseline's: a paired comparison needs the same items in both.`);
  const flips: Flips = { items: before.size, passToFail: [], failToPass: [] };
  for (const [id, passedBefore] of before) {
    const passedAfter = after.get(id);
    if (passedBefore && !passedAfter) flips.passToFail.push(id);
    if (!passedBefore && passedAfter) flips.failToPass.push(id);
  }
  return flips;
}

/**
 * The difference in pass rate, candidate minus baseline, and its confidence interval:
 * the Agresti–Min interval ("Wald+2", Statistics in Medicine, 2005), a Wald interval on
 * the paired table after adding half an item to each of its four cells, so that a run
 * with no flips still gets a width.
 */
export function pairedInterval(flips: Flips, z = 1.96): Interval {
  const { items } = flips;
  const lost = flips.passToFail.length;
  const gained = flips.failToPass.length;
  const difference = items === 0 ? 0 : (gained - lost) / items;
  const n = items + 2;
  const adjusted = (gained - lost) / n;
  const halfWidth = z * Math.sqrt(((gained + 0.5 + lost + 0.5) / n - adjusted ** 2) / n);
  // Near the ends the interval can overshoot a possible difference: clip it to -1..1.
  return { difference, low: Math.max(-1, adjusted - halfWidth), high: Math.min(1, adjusted + halfWidth) };
}

const points = (value: number) => `${(value * 100).toFixed(1)}`;

/** Fails when the whole interval lies below zero: the candidate is worse, and the items are enough to say so. */
export function pairedGate(flips: Flips): GateResult {
  const { difference, low, high } = pairedInterval(flips);
  const counts = `${flips.passToFail.length} pass→fail, ${flips.failToPass.length} fail→pass of ${flips.items}`;
  const range = `${points(difference)} points (95% interval ${points(low)} to ${points(high)})`;
  if (high < 0) {
    return { passed: false, report: [`FAIL paired: ${counts}, a change of ${range}: worse than the baseline beyond what the sample explains`, ...flipLines(flips)] };
  }
  const verdict = low < 0 ? `cannot rule out a drop of ${points(-low)} points` : 'no drop even at the low end of the interval';
  return { passed: true, report: [`ok   paired: ${counts}, a change of ${range}: ${verdict}`, ...flipLines(flips)] };
}

const flipLines = (flips: Flips) => [
  ...(flips.passToFail.length > 0 ? [`     now failing: ${flips.passToFail.join(', ')}`] : []),
  ...(flips.failToPass.length > 0 ? [`     now passing: ${flips.failToPass.join(', ')}`] : []),
];
