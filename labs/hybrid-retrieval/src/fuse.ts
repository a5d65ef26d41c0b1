import type { Ranked } from './rank.ts';

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each list gives a passage
 * 1 / (k + rank), ranks counted from 1, and a passage's fused score is the sum over the
 * lists it appears in. Only ranks matter, so scores on different scales (BM25's
 * unbounded sums, cosines between -1 and 1) combine without any normalising.
 */
export function reciprocalRankFusion(lists: Ranked[][], k = 60): Ranked[] {
  // TODO: add 1 / (k + rank) to each id's total for every list it is in (the first
  // entry of a list has rank 1), then return the ids with their totals, highest first,
  // ties broken by id.
  void k;
  return lists[0] ?? [];
}
