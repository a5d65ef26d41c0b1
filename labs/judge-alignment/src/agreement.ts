import type { Verdict } from './types.ts';

/** One trace graded twice: by the domain expert (the truth here) and by the judge. */
export interface Graded {
  human: Verdict;
  judge: Verdict;
}

/** The confusion matrix, with "pass" as the positive class. */
export interface Confusion {
  /** human pass, judge pass */
  tp: number;
  /** human pass, judge fail */
  fn: number;
  /** human fail, judge pass: the judge let a bad answer through */
  fp: number;
  /** human fail, judge fail */
  tn: number;
}

export function confusion(graded: Graded[]): Confusion {
  // TODO: count each pair into its cell. "pass" is the positive class: a
  // human pass that the judge also passed is a true positive, a human fail
  // that the judge passed is a false positive.
  return { tp: 0, fn: 0, fp: 0, tn: 0 };
}

/** Of the traces the human passed, the share the judge passed too. NaN when the human passed none. */
export function truePositiveRate(matrix: Confusion): number {
  // TODO
  return 0;
}

/** Of the traces the human failed, the share the judge failed too. NaN when the human failed none. */
export function trueNegativeRate(matrix: Confusion): number {
  // TODO
  return 0;
}

/** Cohen's kappa: agreement beyond what two graders with these pass rates would reach by chance. NaN when chance agreement is 1. */
export function cohensKappa(matrix: Confusion): number {
  // TODO: kappa = (observed − chance) / (1 − chance), where observed is the
  // share of traces on which the two agree, and chance is the agreement two
  // independent graders would reach with the same pass rates:
  // P(human pass) × P(judge pass) + P(human fail) × P(judge fail).
  return 0;
}
