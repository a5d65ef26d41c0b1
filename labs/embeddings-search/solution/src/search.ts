export interface Indexed {
  id: string;
  vector: number[];
}

export interface Hit {
  id: string;
  score: number;
}

/** cos θ = a·b / (|a| |b|): 1 for the same direction, 0 for orthogonal vectors, −1 for opposite ones. */
export function cosineSimilarity(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index++) {
    dot += a[index]! * b[index]!;
    normA += a[index]! ** 2;
    normB += b[index]! ** 2;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** Brute-force nearest neighbours: score every document, keep the k best, best first. */
export function topK(query: number[], index: Indexed[], k: number): Hit[] {
  return index
    .map(({ id, vector }) => ({ id, score: cosineSimilarity(query, vector) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}
