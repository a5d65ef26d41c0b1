/** One question's outcome: the passage that answers it, and the ids retrieved, best first. */
export interface Outcome {
  relevant: string;
  retrieved: string[];
}

/** recall@k: the share of questions whose relevant passage is among the first k retrieved. */
export function recallAtK(outcomes: Outcome[], k: number): number {
  if (outcomes.length === 0) return 0;
  return outcomes.filter(({ relevant, retrieved }) => retrieved.slice(0, k).includes(relevant)).length / outcomes.length;
}

/** 1 / the rank of the relevant passage (1 for first, 1/2 for second…), or 0 when it is not in the first `depth`. */
export function reciprocalRank({ relevant, retrieved }: Outcome, depth = 10): number {
  const position = retrieved.slice(0, depth).indexOf(relevant);
  return position === -1 ? 0 : 1 / (position + 1);
}

/** Mean reciprocal rank: rewards finding the passage, and finding it near the top. */
export function meanReciprocalRank(outcomes: Outcome[], depth = 10): number {
  if (outcomes.length === 0) return 0;
  return outcomes.reduce((sum, outcome) => sum + reciprocalRank(outcome, depth), 0) / outcomes.length;
}
