/** Cosine similarity; the kit's vectors are unit length, but a real model's may not be. */
export function cosine(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error(`cosine: vectors of different lengths (${a.length} and ${b.length}); was the index built with another embedding model?`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
