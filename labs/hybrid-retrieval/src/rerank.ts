import type { Ranked } from './rank.ts';

/** Scores one question against one passage's text, reading the two together. */
export type PairScorer = (question: string, passageText: string) => number;

/**
 * The second stage: rescores the first `depth` candidates of a first-stage list with a
 * scorer that reads the question and each passage together, best first. A tie keeps the
 * first-stage order. Only the shortlist comes back: a reranker can reorder what it is
 * given, never find what the first stage missed.
 */
export function rerank(question: string, candidates: Ranked[], textOf: (id: string) => string, score: PairScorer, depth = 10): Ranked[] {
  // TODO: take the first `depth` candidates, give each score(question, textOf(id)), and
  // sort them by that score, highest first; on a tie keep the order they came in. Return
  // them as { id, score } with the new scores.
  void question;
  void textOf;
  void score;
  return candidates.slice(0, depth);
}
