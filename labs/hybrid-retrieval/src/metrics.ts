/** One question's outcome: the passage that answers it, and the ids retrieved, best first. */
export interface Outcome {
  relevant: string;
  retrieved: string[];
}

/** recall@k: the share of questions whose relevant passage is among the first k retrieved. */
export function recallAtK(outcomes: Outcome[], k: number): number {
  // TODO: count the outcomes whose relevant id is in retrieved.slice(0, k), divided by
  // the number of outcomes (0 when there are none).
  void outcomes;
  void k;
  return 0;
}

/** 1 / the rank of the relevant passage (1 for first, 1/2 for second…), or 0 when it is not in the first `depth`. */
export function reciprocalRank({ relevant, retrieved }: Outcome, depth = 10): number {
  // TODO: find the relevant id among the first `depth` retrieved; rank = position + 1.
  void relevant;
  void retrieved;
  void depth;
  return 0;
}

/** Mean reciprocal rank: rewards finding the passage, and finding it near the top. */
export function meanReciprocalRank(outcomes: Outcome[], depth = 10): number {
  // TODO: the average of reciprocalRank over the outcomes (0 when there are none).
  void outcomes;
  void depth;
  return 0;
}
