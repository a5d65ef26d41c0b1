import { generateText, type LanguageModel } from 'ai';
import type { Chunk } from './chunk.ts';
import { handbookModel } from './model.ts';

export const systemPrompt =
  'You answer questions about the Ferrylane bike-share handbook. Use only the passages given. After each sentence, cite the passage it comes from by its id in square brackets, like [fees#0].';

/** The passages, each on one line behind its id in brackets, then the question. */
export function buildPrompt(question: string, chunks: Chunk[]): string {
  const passages = chunks.map((chunk) => `[${chunk.id}] ${chunk.text.replace(/\s+/g, ' ')}`);
  return `${passages.join('\n')}\n\nQuestion: ${question}`;
}

/** The ids cited in a text, each once, in order of first citation. */
export const citationsIn = (text: string): string[] => [...new Set([...text.matchAll(/\[([^\]\s]+)\]/g)].map((match) => match[1]!))];

/** Asks the model to answer from the retrieved chunks, citing them. */
export async function answerQuestion(question: string, chunks: Chunk[], model: LanguageModel = handbookModel()): Promise<string> {
  const { text } = await generateText({ model, system: systemPrompt, prompt: buildPrompt(question, chunks) });
  return text.trim();
}
