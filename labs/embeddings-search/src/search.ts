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
  // TODO: the dot product of a and b, divided by the product of their lengths.
  // Return 0 when either vector is all zeros.
  return 0;
}

/** The k documents most similar to the query, best first. */
export function topK(query: number[], index: Indexed[], k: number): Hit[] {
  // TODO: score every document with cosineSimilarity, sort by score (highest
  // first) and keep the first k. (Brute force is fine for thousands of documents;
  // Stage 2 covers approximate indexes for millions.)
  return index.slice(0, k).map(({ id }) => ({ id, score: 0 }));
}
