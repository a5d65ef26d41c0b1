import { words } from './words.ts';
import type { Ranked } from './rank.ts';

export interface Bm25Index {
  ids: string[];
  /** For each document, how often each of its words occurs. */
  termCounts: Array<Map<string, number>>;
  /** For each document, its length in words. */
  lengths: number[];
  averageLength: number;
  /** For each word, how many documents contain it. */
  documentFrequency: Map<string, number>;
}

/** Counts what BM25 needs: each document's word counts and length, and each word's document frequency. */
export function buildBm25Index(documents: Array<{ id: string; text: string }>): Bm25Index {
  const termCounts = documents.map(({ text }) => {
    const counts = new Map<string, number>();
    for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  });
  const lengths = termCounts.map((counts) => [...counts.values()].reduce((sum, count) => sum + count, 0));
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts) for (const word of counts.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(documents.length, 1);
  return { ids: documents.map(({ id }) => id), termCounts, lengths, averageLength, documentFrequency };
}

/** Inverse document frequency: high for a word few documents contain, near 0 for one they all do. */
export function idf(index: Bm25Index, word: string): number {
  const n = index.documentFrequency.get(word) ?? 0;
  const total = index.ids.length;
  return Math.log(1 + (total - n + 0.5) / (n + 0.5));
}

/** The documents that share a word with the query, best BM25 score first. */
export function bm25Search(index: Bm25Index, query: string, { k1 = 1.2, b = 0.75 } = {}): Ranked[] {
  const queryWords = [...new Set(words(query))];
  const results: Ranked[] = [];
  index.ids.forEach((id, position) => {
    const counts = index.termCounts[position]!;
    const lengthRatio = index.lengths[position]! / index.averageLength;
    let score = 0;
    for (const word of queryWords) {
      const f = counts.get(word) ?? 0;
      if (f > 0) score += (idf(index, word) * f * (k1 + 1)) / (f + k1 * (1 - b + b * lengthRatio));
    }
    if (score > 0) results.push({ id, score });
  });
  return results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
