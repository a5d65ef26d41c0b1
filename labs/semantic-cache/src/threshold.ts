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
  // TODO: the share of same-answer pairs whose similarity is at or above the threshold, and the
  // same share of the different-answer pairs. Refuse pairs that lack either kind, with a clear error.
  return { threshold, hitRate: 0, falseHitRate: 0 };
}

/** The thresholds tried: 0.00, 0.01, … 1.00. */
export const candidateThresholds = Array.from({ length: 101 }, (_, index) => index / 100);

/**
 * The lowest candidate threshold whose false-hit rate on the pairs is at most maxFalseHitRate:
 * the most hits the false-hit budget allows.
 */
export function chooseThreshold(pairs: LabelledPair[], maxFalseHitRate: number): Rates {
  // TODO: try candidateThresholds from the lowest, and return the rates of the first one whose
  // false-hit rate is within maxFalseHitRate.
  return ratesAt(pairs, 1);
}
