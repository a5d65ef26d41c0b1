/** One labelled query's outcome: the document that answers it, and the ids retrieved, best first. */
export interface Outcome {
  expected: string;
  retrieved: string[];
}

/** recall@k: the share of queries whose expected document is among their top k results. */
export function recallAtK(results: Outcome[], k: number): number {
  // TODO: count the queries whose expected id appears in the first k retrieved
  // ids, and divide by the number of queries (0 when there are none).
  return 0;
}

/**
 * Mean reciprocal rank: the average of 1 / (the expected document's place in the list),
 * counting 0 for a query whose document is not in the list at all.
 */
export function meanReciprocalRank(results: Outcome[]): number {
  // TODO: for each query, find the place of the expected id in retrieved (1 for
  // the first), add 1 / place (or 0 when it is missing), and divide by the
  // number of queries (0 when there are none).
  return 0;
}
