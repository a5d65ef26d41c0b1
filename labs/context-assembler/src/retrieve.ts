import { articles } from './data/articles.ts';

export interface Chunk {
  id: string;
  text: string;
  /** Relevance to the question: higher is better. */
  score: number;
}

// A deliberately small retriever: shared words, weighted by how rare they are in the
// help centre (the idea behind BM25, without its length normalisation). The RAG
// chapters build real ones; here it only has to rank a few articles per turn.
const stopWords = new Set('a an and are at be but by can do does for from had has have i if in is it me my of on or so that the this to was what when where which while who will with would you your'.split(' '));
const wordsOf = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => !stopWords.has(word)).map((word) => word.replace(/(?<=[a-z]{3})(ing|ed|es|s)$/, ''));

const indexed = articles.map((article) => ({ article, words: new Set(wordsOf(`${article.title} ${article.text}`)) }));
const rarity = (word: string): number => Math.log((indexed.length + 1) / (indexed.filter(({ words }) => words.has(word)).length + 0.5));

/** The k help articles that best match the question, best first; ties go to the lower id. */
export function retrieve(question: string, k = 4): Chunk[] {
  const asked = new Set(wordsOf(question));
  return indexed
    .map(({ article, words }) => ({
      id: article.id,
      text: `${article.title}. ${article.text}`,
      score: [...asked].filter((word) => words.has(word)).reduce((sum, word) => sum + rarity(word), 0),
    }))
    .sort((a, b) => b.score - a.score || Number(a.id.slice(1)) - Number(b.id.slice(1)))
    .slice(0, k);
}
