/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each ranking gives a document
 * 1 / (k + place), places counted from 1, and the fused ranking orders documents by the sum
 * over the rankings they appear in, highest first, ties by id. Only places matter, so
 * rankings whose scores are on different scales combine without normalising them.
 */
export function reciprocalRankFusion(rankings: string[][], k = 60): string[] {
  const fused = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, index) => fused.set(id, (fused.get(id) ?? 0) + 1 / (k + index + 1)));
  }
  return [...fused].sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : 1)).map(([id]) => id);
}
