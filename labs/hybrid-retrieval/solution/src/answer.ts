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
  const system = [
    'Answer the question from the passages only.',
    'Cite the id of every passage you use in square brackets, like [deploy-canary].',
    "If the passages do not contain the answer, reply exactly: I don't know.",
  ].join(' ');
  const prompt = `Passages:\n${passages.map(({ id, text }) => `[${id}] ${text}`).join('\n')}\n\nQuestion: ${question}`;
  return { system, prompt };
}

const abstain = (reason: string): GroundedAnswer => ({ text: abstention, citations: [], abstained: true, reason });

/**
 * Answers from the retrieved passages only. It abstains when nothing was retrieved,
 * when the model says the passages do not hold the answer, when the answer cites
 * nothing, and when it cites a passage that was not retrieved.
 */
export async function answerQuestion(question: string, passages: Passage[], model: LanguageModel = handbookModel()): Promise<GroundedAnswer> {
  if (passages.length === 0) return abstain('nothing was retrieved');
  const { text } = await generateText({ model, ...buildPrompt(question, passages) });
  if (/\bI don't know\b/i.test(text)) return abstain('the model found no answer in the passages');
  const citations = [...new Set([...text.matchAll(/\[([^\]\s]+)\]/g)].map((match) => match[1]!))];
  if (citations.length === 0) return abstain('the answer cites no passage');
  const retrieved = new Set(passages.map(({ id }) => id));
  const foreign = citations.filter((id) => !retrieved.has(id));
  if (foreign.length > 0) return abstain(`the answer cites ${foreign.join(', ')}, which was not retrieved`);
  return { text, citations, abstained: false };
}
