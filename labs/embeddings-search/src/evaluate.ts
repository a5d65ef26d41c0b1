import { embed, embedMany } from 'ai';
import { getEmbeddingModel } from '@ai-roadmap/kit';
import { documents, queries } from './corpus.ts';
import { topK, type Indexed } from './search.ts';
import { recallAtK } from './recall.ts';

export interface Evaluation {
  k: number;
  overall: number;
  lexical: number;
  semantic: number;
  rows: Array<{ query: string; kind: string; expected: string; retrieved: string[] }>;
}

/** Embeds the corpus, runs every labelled query, and measures recall@k overall and per kind. */
export async function evaluate(k = 3): Promise<Evaluation> {
  const model = getEmbeddingModel();
  const { embeddings } = await embedMany({ model, values: documents.map((document) => document.text) });
  const index: Indexed[] = documents.map((document, position) => ({ id: document.id, vector: embeddings[position]! }));
  const rows = [];
  for (const { query, expected, kind } of queries) {
    const { embedding } = await embed({ model, value: query });
    rows.push({ query, kind, expected, retrieved: topK(embedding, index, k).map((hit) => hit.id) });
  }
  const of = (kind: string) => recallAtK(rows.filter((row) => row.kind === kind), k);
  return { k, overall: recallAtK(rows, k), lexical: of('lexical'), semantic: of('semantic'), rows };
}
