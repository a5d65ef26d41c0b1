// The pipeline: a prompt template, a chat model and an output parser, composed
// as one LangChain runnable. The few-shot examples ("demos") are its only
// setting, and the optimiser in src/optimise.ts chooses them.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnablePassthrough, RunnableSequence } from '@langchain/core/runnables';
import type { Category } from './categories.ts';
import { CategoryParser } from './parser.ts';
import type { Example } from './tickets.ts';

// A type alias, not an interface: LangChain's assign wants a Record, and only an alias is one.
export type TicketInput = { ticket: string };

export const instructions = `You route customer support tickets to the team that handles them.
${new CategoryParser().getFormatInstructions()}`;

export const prompt = ChatPromptTemplate.fromMessages([
  ['system', '{instructions}{demos}'],
  ['human', 'Ticket: {ticket}'],
]);

/** The demos as the system prompt shows them: a block of "Ticket:" / "Category:" pairs, or nothing. */
export function formatDemos(demos: Example[]): string {
  if (demos.length === 0) return '';
  return `\n\nExamples:\n\n${demos.map((demo) => `Ticket: ${demo.ticket}\nCategory: ${demo.label}`).join('\n\n')}`;
}

/**
 * ticket → prompt (with the demos) → chat model → CategoryParser, as one
 * RunnableSequence: invoke({ ticket }) returns a Category.
 */
export function buildPipeline(model: BaseChatModel, demos: Example[]): RunnableSequence<TicketInput, Category> {
  const shown = formatDemos(demos);
  return RunnableSequence.from<TicketInput, Category>([
    RunnablePassthrough.assign({ instructions: () => instructions, demos: () => shown }),
    prompt,
    model,
    new CategoryParser(),
  ]);
}
