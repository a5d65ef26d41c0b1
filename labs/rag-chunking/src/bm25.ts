// BM25, the classic lexical ranking function (Robertson and Zaragoza, 2009), used here
// to find chunks for a question so that two ways of chunking can be compared. The next
// chapter's lab has you write it; here it is given.

/** Words that carry no topic, left out of both questions and chunks. */
const stopWords = new Set(
  'a an and are as at be by can do does for from how i in is it my of on or should that the this to what when which why with'.split(' '),
);

/** Lower-cased runs of letters and digits, stop words removed: "Top-p keeps" → ["top", "p", "keeps"]. */
export const words = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !stopWords.has(word));

export interface Scored {
  id: string;
  score: number;
}

/**
 * Indexes the documents and returns a search function. A document's score for a query
 * is the sum, over the query's distinct words, of
 *   idf(word) × f × (k1 + 1) / (f + k1 × (1 − b + b × length / average length))
 * where f is how often the word occurs in the document and idf = ln(1 + (N − n + 0.5) / (n + 0.5)),
 * N documents in all and n of them containing the word.
 */
export function bm25Index(documents: Array<{ id: string; text: string }>, { k1 = 1.2, b = 0.75 } = {}) {
  const termCounts = documents.map(({ text }) => {
    const counts = new Map<string, number>();
    for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  });
  const lengths = termCounts.map((counts) => [...counts.values()].reduce((sum, count) => sum + count, 0));
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(documents.length, 1);
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts) for (const word of counts.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const idf = (word: string): number => {
    const n = documentFrequency.get(word) ?? 0;
    return Math.log(1 + (documents.length - n + 0.5) / (n + 0.5));
  };

  return function search(query: string, k: number): Scored[] {
    const queryWords = [...new Set(words(query))];
    return documents
      .map(({ id }, index) => {
        let score = 0;
        for (const word of queryWords) {
          const f = termCounts[index]!.get(word) ?? 0;
          if (f === 0) continue;
          score += (idf(word) * f * (k1 + 1)) / (f + k1 * (1 - b + (b * lengths[index]!) / averageLength));
        }
        return { id, score };
      })
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, k);
  };
}
