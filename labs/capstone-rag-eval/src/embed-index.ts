import { embed, embedMany, type EmbeddingModel } from 'ai';
import { getEmbeddingModel } from '@ai-roadmap/kit';
import type { Chunk } from './chunk.ts';

export interface VectorIndex {
  chunks: Chunk[];
  /** vectors[i] is the embedding of chunks[i]. */
  vectors: number[][];
  model: EmbeddingModel;
}

/** What is embedded for a chunk: its document's title, then its text, so a chunk keeps its topic. */
export const embeddingInput = (chunk: Chunk): string => `${chunk.title}\n${chunk.text}`;

/** Embeds every chunk in one batch (the kit's offline embeddings unless LAB_PROVIDER says otherwise). */
export async function buildIndex(chunks: Chunk[], model: EmbeddingModel = getEmbeddingModel()): Promise<VectorIndex> {
  if (chunks.length === 0) throw new Error('buildIndex: there are no chunks to index; chunk the corpus first');
  const { embeddings } = await embedMany({ model, values: chunks.map(embeddingInput) });
  return { chunks, vectors: embeddings, model };
}

/** The query's embedding, with the model that built the index. */
export async function embedQuery(index: VectorIndex, question: string): Promise<number[]> {
  return (await embed({ model: index.model, value: question })).embedding;
}
