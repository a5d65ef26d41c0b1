// Measuring an approximate index: how much of the exact answer it finds, and how
// long it takes, at each setting of hnsw.ef_search.
import { approximateTopK, exactTopK } from './search.ts';
import type { Db } from './schema.ts';

/** The share of the exact top k that the approximate answer also found: 1 means nothing was missed. */
export function recallAtK(approximate: number[], exact: number[]): number {
  if (exact.length === 0) return 1;
  const found = new Set(approximate);
  return exact.filter((id) => found.has(id)).length / exact.length;
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
    const recalls: number[] = [];
    const times: number[] = [];
    for (const [index, query] of queries.entries()) {
      const started = performance.now();
      const approximate = await approximateTopK(db, query, k, efSearch);
      times.push(performance.now() - started);
      recalls.push(recallAtK(approximate, exact[index]!));
    }
    const recall = recalls.reduce((sum, value) => sum + value, 0) / recalls.length;
    rows.push({ efSearch, recall, medianMs: median(times) });
  }
  return rows;
}
