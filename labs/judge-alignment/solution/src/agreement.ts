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
  const matrix = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const { human, judge } of graded) {
    if (human === 'pass') judge === 'pass' ? matrix.tp++ : matrix.fn++;
    else judge === 'pass' ? matrix.fp++ : matrix.tn++;
  }
  return matrix;
}

/** Of the traces the human passed, the share the judge passed too. NaN when the human passed none. */
export function truePositiveRate({ tp, fn }: Confusion): number {
  return tp / (tp + fn);
}

/** Of the traces the human failed, the share the judge failed too. NaN when the human failed none. */
export function trueNegativeRate({ tn, fp }: Confusion): number {
  return tn / (tn + fp);
}

/** Cohen's kappa: agreement beyond what two graders with these pass rates would reach by chance. NaN when chance agreement is 1. */
export function cohensKappa({ tp, fn, fp, tn }: Confusion): number {
  const n = tp + fn + fp + tn;
  const observed = (tp + tn) / n;
  const humanPass = (tp + fn) / n;
  const judgePass = (tp + fp) / n;
  const chance = humanPass * judgePass + (1 - humanPass) * (1 - judgePass);
  return (observed - chance) / (1 - chance);
}
