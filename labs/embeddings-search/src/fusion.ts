/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each ranking gives a document
 * 1 / (k + place), places counted from 1, and the fused ranking orders documents by the sum
 * over the rankings they appear in, highest first, ties by id. Only places matter, so
 * rankings whose scores are on different scales combine without normalising them.
 */
export function reciprocalRankFusion(rankings: string[][], k = 60): string[] {
  // TODO: add up 1 / (k + place) for every id in every ranking, then return the
  // ids sorted by their totals, highest first (by id when two totals are equal).
  return rankings[0] ?? [];
}
