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
  return candidates
    .slice(0, depth)
    .map(({ id }, position) => ({ id, score: score(question, textOf(id)), position }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ id, score }) => ({ id, score }));
}
