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
  // TODO (milestone 2): score every chunk with cosine(queryVector, its vector), sort best
  // first (equal scores by chunk id, so the order never depends on the corpus order) and
  // keep the first k.
  return index.chunks.slice(0, k).map((chunk) => ({ chunk, score: 0 }));
}

/** Embeds the question and returns its top k chunks. */
export async function retrieve(index: VectorIndex, question: string, k = 5): Promise<Retrieved[]> {
  return topK(index, await embedQuery(index, question), k);
}
