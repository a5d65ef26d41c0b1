import type { Chunk } from './chunk.ts';
import { embedQuery, type VectorIndex } from './embed-index.ts';

export interface Retrieved {
  chunk: Chunk;
  score: number;
}

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

/** The k chunks most similar to the query vector, best first; equal scores in chunk-id order. */
export function topK(index: VectorIndex, queryVector: number[], k: number): Retrieved[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`topK: k must be a whole number of at least 1 (got ${k})`);
  return index.chunks
    .map((chunk, i) => ({ chunk, score: cosine(queryVector, index.vectors[i]!) }))
    .sort((a, b) => b.score - a.score || (a.chunk.id < b.chunk.id ? -1 : a.chunk.id > b.chunk.id ? 1 : 0))
    .slice(0, k);
}

/** Embeds the question and returns its top k chunks. */
export async function retrieve(index: VectorIndex, question: string, k = 5): Promise<Retrieved[]> {
  return topK(index, await embedQuery(index, question), k);
}
