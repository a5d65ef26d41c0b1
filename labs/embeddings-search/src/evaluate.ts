import { embed, embedMany } from 'ai';
import { getEmbeddingModel } from '@ai-roadmap/kit';
import { documents, queries } from './corpus.ts';
import { topK, type Indexed } from './search.ts';
import { recallAtK } from './recall.ts';

export interface EvaluatedQuery {
  query: string;
  kind: string;
  expected: string;
  retrieved: string[];
  /** The cosine similarity of each retrieved document, in the same order. */
  scores: number[];
}

export interface Evaluation {
  k: number;
  overall: number;
  lexical: number;
  semantic: number;
  rows: EvaluatedQuery[];
}

/** Embeds the corpus, runs every labelled query, and measures recall@k overall and per kind. */
export async function evaluate(k = 3): Promise<Evaluation> {
  const model = getEmbeddingModel();
  const { embeddings } = await embedMany({ model, values: documents.map((document) => document.text) });
  const index: Indexed[] = documents.map((document, position) => ({ id: document.id, vector: embeddings[position]! }));
  const rows: EvaluatedQuery[] = [];
  for (const { query, expected, kind } of queries) {
    const { embedding } = await embed({ model, value: query });
    const hits = topK(embedding, index, k);
    rows.push({ query, kind, expected, retrieved: hits.map((hit) => hit.id), scores: hits.map((hit) => hit.score) });
  }
  const of = (kind: string) => recallAtK(rows.filter((row) => row.kind === kind), k);
  return { k, overall: recallAtK(rows, k), lexical: of('lexical'), semantic: of('semantic'), rows };
}
