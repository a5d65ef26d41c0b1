import { getModel, type StandInContext, type StandInRule } from '@ai-roadmap/kit';
import type { LanguageModel } from 'ai';
import { words } from './words.ts';

/** A passage in a prompt is a line "[id] text". */
const passageLine = /^\[([^\]\s]+)\] (.+)$/gm;

/** The share of the question's words a sentence must hold (typos allowed) for the stand-in to answer with it. */
export const answerThreshold = 0.4;

const trigrams = (word: string): string[] => {
  const padded = ` ${word} `;
  return Array.from({ length: padded.length - 2 }, (_, start) => padded.slice(start, start + 3));
};

/**
 * Dice similarity of two words' character trigrams: 1 for the same word, about 0.6 for
 * "deploymnet" and "deployments". A word with a digit in it is an identifier (E4013) and
 * matches only itself: E4012 is not a typo for it.
 */
export function wordSimilarity(a: string, b: string): number {
  if (/\d/.test(a) || /\d/.test(b)) return a === b ? 1 : 0;
  const left = trigrams(a);
  const right = new Set(trigrams(b));
  const shared = new Set(left.filter((gram) => right.has(gram))).size;
  return (2 * shared) / (new Set(left).size + right.size);
}

/** The share of the question's words that the sentence holds, a word counting when one of the sentence's is at least 0.5 similar. */
export function coverage(question: string, sentence: string): number {
  const asked = [...new Set(words(question))];
  const offered = words(sentence);
  if (asked.length === 0) return 0;
  return asked.filter((word) => offered.some((candidate) => wordSimilarity(word, candidate) >= 0.5)).length / asked.length;
}

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter(Boolean);

function answerFromPassages(context: StandInContext): string {
  const question = context.input.match(/^Question: (.+)$/m)?.[1] ?? context.input;
  let best = { id: '', sentence: '', score: 0 };
  for (const [, id, text] of context.input.matchAll(passageLine)) {
    for (const sentence of sentencesOf(text!)) {
      const score = coverage(question, sentence);
      if (score > best.score) best = { id: id!, sentence, score };
    }
  }
  if (best.score >= answerThreshold) return `${best.sentence} [${best.id}]`;
  if (/\bI don't know\b/i.test(context.system)) return "I don't know.";
  // Not told that it may say so, it does what models do: answers anyway, and cites a
  // source that sounds right but was never in the prompt.
  const topic = [...words(question)].sort((a, b) => b.length - a.length)[0] ?? 'general';
  return `Yes: the handbook covers this in its ${topic} policy [${topic}-policy].`;
}

/**
 * The stand-in's rule for this lab, applied when the prompt holds "[id] text" passages:
 * 1. it answers with the passage sentence that holds the largest share of the question's
 *    words (typos allowed), citing that passage's id, when the share reaches answerThreshold;
 * 2. otherwise, if the system prompt says it may answer "I don't know", it does;
 * 3. otherwise it makes an answer up, citing an id that was not in the prompt.
 * A real model reads far better than this, and fails in less predictable ways.
 */
export const groundedAnswerRule: StandInRule = {
  name: 'answer from the passages',
  when: (context) => /^\[[^\]\s]+\] /m.test(context.input),
  reply: answerFromPassages,
};

/** The lab's model: the stand-in with the rule above (or a real model, when LAB_PROVIDER says so). */
export const handbookModel = (): LanguageModel => getModel({}, { rules: [groundedAnswerRule] });
