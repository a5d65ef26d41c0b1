// Measuring an approximate index: how much of the exact answer it finds, and how
// long it takes, at each setting of hnsw.ef_search.
import { approximateTopK, exactTopK } from './search.ts';
import type { Db } from './schema.ts';

/** The share of the exact top k that the approximate answer also found: 1 means nothing was missed. */
export function recallAtK(approximate: number[], exact: number[]): number {
  // TODO (task 3): count the exact ids that appear in `approximate`, and divide by
  // the number of exact ids. With no exact ids there is nothing to miss: return 1.
  return 0;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface SweepRow {
  efSearch: number;
  /** Mean recall@k over the queries. */
  recall: number;
  /** Median time of one approximate query, in milliseconds. Reported, never asserted. */
  medianMs: number;
}

/** For each efSearch in turn: the mean recall@k of approximateTopK against exactTopK, and its median latency. */
export async function sweepEfSearch(db: Db, queries: number[][], efValues: number[], k: number): Promise<SweepRow[]> {
  const exact: number[][] = [];
  for (const query of queries) exact.push(await exactTopK(db, query, k));
  const rows: SweepRow[] = [];
  for (const efSearch of efValues) {
    // TODO (task 3): run approximateTopK for every query at this efSearch, timing each
    // call with performance.now(); push the mean recallAtK against `exact` and the
    // median time.
    rows.push({ efSearch, recall: 0, medianMs: 0 });
  }
  return rows;
}
