import type { Trace, Verdict } from './types.ts';

/** What a judge may see of a trace: never the human label. */
export type JudgedTrace = Pick<Trace, 'question' | 'context' | 'answer'>;

/** One thing the judge checks. */
export interface Criterion {
  name: string;
  /** The sentence the judge prompt gives a real model for this criterion. */
  instruction: string;
  /** How the stand-in plays that instruction: a one-sentence critique when the trace fails it, or null when it passes. */
  check(trace: JudgedTrace): string | null;
}

// Two failure modes that code can check exactly, for free, on every trace.
// Keep these out of the model's hands: a regular expression does not drift.

export const citesAPage: Criterion = {
  name: 'cites-a-page',
  instruction: 'The answer cites at least one help page by its id in square brackets, such as [doc-late-fee].',
  check: (trace) => (/\[doc-[a-z-]+\]/.test(trace.answer) ? null : 'The answer cites no help page.'),
};

export const maxWords = 120;

export const staysShort: Criterion = {
  name: 'stays-short',
  instruction: `The answer is at most ${maxWords} words long.`,
  check: (trace) => {
    const words = trace.answer.split(/\s+/).filter(Boolean).length;
    return words <= maxWords ? null : `The answer is ${words} words long; the limit is ${maxWords}.`;
  },
};

export const codeChecks: Criterion[] = [citesAPage, staysShort];

/** A binary verdict, with the critique that explains it (written first, as a judge model should). */
export interface Judgement {
  critique: string;
  verdict: Verdict;
}

/** Applies every criterion: the trace passes only if it meets them all, and the critique lists what it failed. */
export function applyCriteria(trace: JudgedTrace, list: Criterion[]): Judgement {
  const critiques = list.map((criterion) => criterion.check(trace)).filter((critique) => critique !== null);
  return critiques.length === 0 ? { critique: 'Meets every criterion.', verdict: 'pass' } : { critique: critiques.join(' '), verdict: 'fail' };
}
