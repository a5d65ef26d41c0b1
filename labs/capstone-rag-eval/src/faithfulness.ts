import type { Chunk } from './chunk.ts';
import { citationsIn } from './answer.ts';
import { contentWords, sentencesOf } from './words.ts';

/** The share of a sentence's content words that must appear in the chunks it cites. */
export const supportThreshold = 0.8;

export interface SentenceVerdict {
  sentence: string;
  citations: string[];
  /** The share of the sentence's content words found in the cited chunks (0 when it cites none it may). */
  support: number;
  supported: boolean;
  /** Why it is not supported; empty when it is. */
  reason: string;
}

export interface FaithfulnessVerdict {
  sentences: SentenceVerdict[];
  /** Every sentence supported (and at least one sentence). */
  faithful: boolean;
}

/**
 * The rule: a sentence is supported when it cites at least one chunk, every chunk it cites
 * was retrieved for this question, and at least supportThreshold of its content words
 * (citations removed) appear among the content words of the chunks it cites.
 */
export function judgeSentence(sentence: string, retrieved: Chunk[]): SentenceVerdict {
  const citations = citationsIn(sentence);
  // TODO (milestone 3): apply the rule above, in this order, each failure with its reason:
  //   no citation → "cites no passage";
  //   a cited id not among the retrieved chunks → "cites <ids>, which was not retrieved";
  //   otherwise support = the share of contentWords(sentence without its [citations])
  //   found among the content words of the cited chunks' text, supported when it reaches
  //   supportThreshold, else "only <n>% of its words are in <ids>".
  // A sentence with no content words at all is supported (support 1).
  void contentWords;
  return { sentence, citations, support: 1, supported: true, reason: '' };
}

/** Judges every sentence of an answer against the chunks retrieved for its question. */
export function judgeAnswer(answer: string, retrieved: Chunk[]): FaithfulnessVerdict {
  const sentences = sentencesOf(answer).map((sentence) => judgeSentence(sentence, retrieved));
  return { sentences, faithful: sentences.length > 0 && sentences.every((verdict) => verdict.supported) };
}
