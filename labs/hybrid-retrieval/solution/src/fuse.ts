import type { Ranked } from './rank.ts';

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each list gives a passage
 * 1 / (k + rank), ranks counted from 1, and a passage's fused score is the sum over the
 * lists it appears in. Only ranks matter, so scores on different scales (BM25's
 * unbounded sums, cosines between -1 and 1) combine without any normalising.
 */
export function reciprocalRankFusion(lists: Ranked[][], k = 60): Ranked[] {
  const fused = new Map<string, number>();
  for (const list of lists) {
    list.forEach(({ id }, index) => fused.set(id, (fused.get(id) ?? 0) + 1 / (k + index + 1)));
  }
  return [...fused]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
