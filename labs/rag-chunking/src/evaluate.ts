import { bm25Index } from './bm25.ts';
import type { Chunk } from './chunk.ts';
import type { LabelledQuestion } from './questions.ts';

export interface QuestionResult {
  question: LabelledQuestion;
  /** The 1-based rank of the first retrieved chunk that holds the whole evidence; undefined when none of the top k does. */
  rank: number | undefined;
  /** The ids of the top k chunks, best first. */
  retrieved: string[];
}

export interface RetrievalReport {
  k: number;
  chunks: number;
  /** recall@k over all the questions, then over each kind of question. */
  recall: number;
  recallByKind: Record<LabelledQuestion['kind'], number>;
  results: QuestionResult[];
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ');

/** True when the chunk holds the whole evidence passage (differences of whitespace aside). */
export const answers = (chunk: Chunk, evidence: string): boolean => normalise(chunk.body).includes(normalise(evidence));

const recallOf = (results: QuestionResult[]): number =>
  results.length === 0 ? 0 : results.filter((result) => result.rank !== undefined).length / results.length;

/**
 * Indexes the chunks' text (header included, where there is one) with BM25, asks every
 * labelled question, and measures recall@k: the share of questions with a chunk holding
 * the whole evidence among the top k.
 */
export function evaluateRetrieval(chunks: Chunk[], labelled: LabelledQuestion[], k = 5): RetrievalReport {
  const search = bm25Index(chunks.map(({ id, text }) => ({ id, text })));
  const byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  const results = labelled.map((question) => {
    const retrieved = search(question.question, k).map(({ id }) => id);
    const found = retrieved.findIndex((id) => answers(byId.get(id)!, question.evidence));
    return { question, rank: found === -1 ? undefined : found + 1, retrieved };
  });
  const ofKind = (kind: LabelledQuestion['kind']) => recallOf(results.filter((result) => result.question.kind === kind));
  return { k, chunks: chunks.length, recall: recallOf(results), recallByKind: { passage: ofKind('passage'), context: ofKind('context') }, results };
}
