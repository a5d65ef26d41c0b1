import type { Chunk } from './chunk.ts';
import { cosine } from './cosine.ts';
import { embedQuery, type VectorIndex } from './embed-index.ts';

export interface Retrieved {
  chunk: Chunk;
  score: number;
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
