import { getModel, type StandInContext, type StandInRule } from '@ai-roadmap/kit';
import type { LanguageModel } from 'ai';
import { contentWords, sentencesOf } from './words.ts';

/** A passage in a prompt is a line "[id] text". */
const passageLine = /^\[([^\]\s]+)\] (.+)$/gm;

/** The share of the question's content words a sentence must hold for the stand-in to answer with it. */
export const answerThreshold = 0.5;

/** Two words match when they are equal or share their first five letters ("refunded", "refund" do not; "charged", "charges" do). */
const sameWord = (a: string, b: string): boolean => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/** The share of the question's content words that the sentence holds. */
export function coverage(question: string, sentence: string): number {
  const asked = [...new Set(contentWords(question))];
  const offered = contentWords(sentence);
  if (asked.length === 0) return 0;
  return asked.filter((word) => offered.some((candidate) => sameWord(word, candidate))).length / asked.length;
}

function answerFromPassages(context: StandInContext): string {
  const question = context.input.match(/^Question: (.+)$/m)?.[1] ?? context.input;
  const passages = [...context.input.matchAll(passageLine)].map(([, id, text]) => ({ id: id!, text: text! }));
  let best = { id: '', sentence: '', score: 0 };
  for (const { id, text } of passages) {
    for (const sentence of sentencesOf(text)) {
      const score = coverage(question, sentence);
      if (score > best.score) best = { id, sentence, score };
    }
  }
  if (best.score >= answerThreshold) return `${best.sentence.replace(/[.!?]$/, '')} [${best.id}].`;
  // Nothing in the passages answers it, and it was not offered a way to say so: like a
  // model under pressure to be helpful, it answers anyway, and cites the first passage.
  const topic = [...contentWords(question)].sort((a, b) => b.length - a.length)[0] ?? 'this';
  return `Usually yes, although the rules about ${topic} depend on your membership plan [${passages[0]?.id ?? 'handbook'}].`;
}

/**
 * The stand-in's rule for this lab, applied when the prompt holds "[id] text" passages:
 * 1. it answers with the passage sentence that holds the largest share of the question's
 *    content words, citing that passage's id, when the share reaches answerThreshold;
 * 2. otherwise it makes up a plausible answer and cites the first passage anyway.
 * A real model writes better answers, and fails in less predictable ways.
 */
export const citedAnswerRule: StandInRule = {
  name: 'answer from the passages',
  when: (context) => /^\[[^\]\s]+\] /m.test(context.input),
  reply: answerFromPassages,
};

/** The lab's model: the stand-in with the rule above (or a real model, when LAB_PROVIDER says so). */
export const handbookModel = (): LanguageModel => getModel({}, { rules: [citedAnswerRule] });
