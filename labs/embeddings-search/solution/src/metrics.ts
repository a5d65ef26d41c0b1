/** One labelled query's outcome: the document that answers it, and the ids retrieved, best first. */
export interface Outcome {
  expected: string;
  retrieved: string[];
}

/** recall@k: the share of queries whose expected document is among their top k results. */
export function recallAtK(results: Outcome[], k: number): number {
  if (results.length === 0) return 0;
  const found = results.filter(({ expected, retrieved }) => retrieved.slice(0, k).includes(expected)).length;
  return found / results.length;
}

/**
 * Mean reciprocal rank: the average of 1 / (the expected document's place in the list),
 * counting 0 for a query whose document is not in the list at all.
 */
export function meanReciprocalRank(results: Outcome[]): number {
  if (results.length === 0) return 0;
  const total = results.reduce((sum, { expected, retrieved }) => {
    const place = retrieved.indexOf(expected) + 1;
    return sum + (place === 0 ? 0 : 1 / place);
  }, 0);
  return total / results.length;
}
