import { generateText, type LanguageModel } from 'ai';
import type { Passage } from './handbook.ts';
import { handbookModel } from './model.ts';

export interface GroundedAnswer {
  text: string;
  /** The passage ids the answer cites, each one among the passages it was given. */
  citations: string[];
  abstained: boolean;
  /** Why it abstained, for the logs. */
  reason?: string;
}

export const abstention = "I don't know: the handbook passages I found do not answer that.";

/** The instructions, and the passages each on a line of its own behind its id in brackets. */
export function buildPrompt(question: string, passages: Passage[]): { system: string; prompt: string } {
  // TODO: put each passage on its own line as "[id] text", so the model can cite it, and
  // tell the model in the system prompt to answer from the passages only, to cite the
  // ids it uses in square brackets, and to reply exactly "I don't know." when the
  // passages do not contain the answer. End the prompt with "Question: <question>".
  const system = 'Answer the question.';
  const prompt = `${passages.map(({ text }) => text).join('\n')}\n\nQuestion: ${question}`;
  return { system, prompt };
}

/**
 * Answers from the retrieved passages only. It abstains when nothing was retrieved,
 * when the model says the passages do not hold the answer, when the answer cites
 * nothing, and when it cites a passage that was not retrieved.
 */
export async function answerQuestion(question: string, passages: Passage[], model: LanguageModel = handbookModel()): Promise<GroundedAnswer> {
  // TODO: abstain at once when there are no passages (no model call). Otherwise ask the
  // model with buildPrompt, collect the ids it cites ([id], each once), and return an
  // abstention (text: abstention, citations: [], abstained: true, and a reason) when it
  // says "I don't know", cites nothing, or cites an id that is not among the passages.
  const { text } = await generateText({ model, ...buildPrompt(question, passages) });
  return { text, citations: [], abstained: false };
}
