import { embed, embedMany } from 'ai';
import { getEmbeddingModel } from '@ai-roadmap/kit';
import type { Ranked } from './rank.ts';

export interface VectorIndex {
  ids: string[];
  vectors: number[][];
}

const cosine = (a: number[], b: number[]): number => {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index++) {
    dot += a[index]! * b[index]!;
    normA += a[index]! ** 2;
    normB += b[index]! ** 2;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
};

/**
 * Embeds every passage with the kit's embedding model. Offline that is hashed character
 * trigrams: lexical vectors that match spellings ("deploymnet" is close to "deployment"),
 * not meanings. With LAB_PROVIDER=openai-compatible (in Node) it is a real embedding model.
 */
export async function buildVectorIndex(documents: Array<{ id: string; text: string }>): Promise<VectorIndex> {
  const { embeddings } = await embedMany({ model: getEmbeddingModel(), values: documents.map(({ text }) => text) });
  return { ids: documents.map(({ id }) => id), vectors: embeddings };
}

/** Every passage, most similar to the query first (cosine similarity). */
export async function vectorSearch(index: VectorIndex, query: string): Promise<Ranked[]> {
  const { embedding } = await embed({ model: getEmbeddingModel(), value: query });
  return index.ids
    .map((id, position) => ({ id, score: cosine(embedding, index.vectors[position]!) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
