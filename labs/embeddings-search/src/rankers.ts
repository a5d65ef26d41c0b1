import { embed, embedMany } from 'ai';
import { createHashedNgramEmbeddingModel, getEmbeddingModel } from '@ai-roadmap/kit';
import { documents } from './corpus.ts';
import { topK, type Hit, type Indexed } from './search.ts';
import { denseModel, documentVectors, queryVectors } from '../data/dense-vectors.ts';

/** Something that orders every document for a query, best first. */
export interface Ranker {
  name: string;
  rank(query: string): Promise<Hit[]>;
}

type EmbeddingModel = ReturnType<typeof getEmbeddingModel>;

/** Embeds the corpus once with `model`, then ranks every document by cosine similarity to each query. */
async function modelRanker(name: string, model: EmbeddingModel): Promise<Ranker> {
  const { embeddings } = await embedMany({ model, values: documents.map((document) => document.text) });
  const index: Indexed[] = documents.map((document, position) => ({ id: document.id, vector: embeddings[position]! }));
  return {
    name,
    rank: async (query) => topK((await embed({ model, value: query })).embedding, index, index.length),
  };
}

/** Lexical: the kit's offline hashed character trigrams, which measure shared spelling. */
export function lexicalRanker(): Promise<Ranker> {
  return modelRanker('lexical (hashed character trigrams)', createHashedNgramEmbeddingModel());
}

function shippedVector(vectors: Record<string, number[]>, key: string, what: string): number[] {
  const stored = vectors[key];
  if (!stored) {
    throw new Error(
      `data/dense-vectors.ts has no vector for the ${what} "${key}": it holds only the texts of src/corpus.ts as they were on ${denseModel.made}. ` +
        'Re-run scripts/embed-lab-vectors.ts in the book\'s repository, or use a real embedding model (see the README).',
    );
  }
  return stored.map((value) => value / denseModel.scale);
}

/**
 * Dense: a trained embedding model's vectors. Offline these are the shipped vectors in
 * data/dense-vectors.ts; with LAB_PROVIDER=openai-compatible, the model LAB_EMBEDDING_MODEL names.
 */
export async function denseRanker(): Promise<Ranker> {
  const model = getEmbeddingModel();
  if (model.provider !== 'stand-in') return modelRanker(`dense (${model.modelId})`, model);
  const index: Indexed[] = documents.map((document) => ({ id: document.id, vector: shippedVector(documentVectors, document.id, 'document') }));
  return {
    name: `dense (${denseModel.name}, shipped vectors made ${denseModel.made})`,
    rank: async (query) => topK(shippedVector(queryVectors, query, 'query'), index, index.length),
  };
}
