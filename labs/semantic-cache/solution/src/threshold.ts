// Choosing the semantic cache's threshold from labelled pairs of questions.
import { cosineSimilarity, hashedNgramEmbedding } from '@ai-roadmap/kit';
import type { LabelledQuestion } from './questions.ts';

export interface LabelledPair {
  a: string;
  b: string;
  /** True when the two questions need the same answer. */
  sameAnswer: boolean;
  similarity: number;
}

/** Every pair of the labelled questions, with its label and its cosine similarity. */
export function labelledPairs(questions: LabelledQuestion[], embed = (text: string) => hashedNgramEmbedding(text)): LabelledPair[] {
  const vectors = questions.map((item) => embed(item.question));
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      pairs.push({ a: questions[i]!.question, b: questions[j]!.question, sameAnswer: questions[i]!.intent === questions[j]!.intent, similarity: cosineSimilarity(vectors[i]!, vectors[j]!) });
    }
  }
  return pairs;
}

export interface Rates {
  threshold: number;
  /** The share of same-answer pairs at or above the threshold: repeats the cache would serve. */
  hitRate: number;
  /** The share of different-answer pairs at or above the threshold: wrong answers it would serve. */
  falseHitRate: number;
}

export function ratesAt(pairs: LabelledPair[], threshold: number): Rates {
  const same = pairs.filter((pair) => pair.sameAnswer);
  const different = pairs.filter((pair) => !pair.sameAnswer);
  if (same.length === 0 || different.length === 0) throw new Error('ratesAt: the labelled pairs need at least one same-answer and one different-answer pair.');
  const accepted = (list: LabelledPair[]) => list.filter((pair) => pair.similarity >= threshold).length / list.length;
  return { threshold, hitRate: accepted(same), falseHitRate: accepted(different) };
}

/** The thresholds tried: 0.00, 0.01, … 1.00. */
export const candidateThresholds = Array.from({ length: 101 }, (_, index) => index / 100);

/**
 * The lowest candidate threshold whose false-hit rate on the pairs is at most maxFalseHitRate:
 * the most hits the false-hit budget allows.
 */
export function chooseThreshold(pairs: LabelledPair[], maxFalseHitRate: number): Rates {
  for (const threshold of candidateThresholds) {
    const rates = ratesAt(pairs, threshold);
    if (rates.falseHitRate <= maxFalseHitRate) return rates;
  }
  throw new Error(`chooseThreshold: no threshold up to 1.00 keeps the false-hit rate at or under ${maxFalseHitRate}.`);
}
