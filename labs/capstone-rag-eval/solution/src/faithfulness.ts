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

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * The rule: a sentence is supported when it cites at least one chunk, every chunk it cites
 * was retrieved for this question, and at least supportThreshold of its content words
 * (citations removed) appear among the content words of the chunks it cites.
 */
export function judgeSentence(sentence: string, retrieved: Chunk[]): SentenceVerdict {
  const citations = citationsIn(sentence);
  if (citations.length === 0) return { sentence, citations, support: 0, supported: false, reason: 'cites no passage' };
  const byId = new Map(retrieved.map((chunk) => [chunk.id, chunk]));
  const unknown = citations.filter((id) => !byId.has(id));
  if (unknown.length > 0) return { sentence, citations, support: 0, supported: false, reason: `cites ${unknown.join(', ')}, which was not retrieved` };
  const claim = contentWords(sentence.replace(/\[[^\]]*\]/g, ' '));
  if (claim.length === 0) return { sentence, citations, support: 1, supported: true, reason: '' };
  const available = new Set(citations.flatMap((id) => contentWords(byId.get(id)!.text)));
  const support = claim.filter((word) => available.has(word)).length / claim.length;
  const supported = support >= supportThreshold;
  return { sentence, citations, support, supported, reason: supported ? '' : `only ${percent(support)} of its words are in ${citations.join(', ')}` };
}

/** Judges every sentence of an answer against the chunks retrieved for its question. */
export function judgeAnswer(answer: string, retrieved: Chunk[]): FaithfulnessVerdict {
  const sentences = sentencesOf(answer).map((sentence) => judgeSentence(sentence, retrieved));
  return { sentences, faithful: sentences.length > 0 && sentences.every((verdict) => verdict.supported) };
}
