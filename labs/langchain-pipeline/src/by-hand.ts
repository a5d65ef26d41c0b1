// The same pipeline without LangChain: a template literal, one AI SDK call and a
// regular expression. It sends the same prompt text as src/pipeline.ts, so the two
// can be compared answer for answer. Read it next to buildPipeline: everything
// LangChain did for you is here as a line you wrote (and can read, and must keep).
import { generateText, type LanguageModel } from 'ai';
import { isCategory, type Category } from './categories.ts';
import { formatDemos, instructions } from './pipeline.ts';
import type { Example } from './tickets.ts';

/** One ticket → one team, by hand. An answer that names no team throws, as the parser does. */
export async function routeByHand(model: LanguageModel, demos: Example[], ticket: string): Promise<Category> {
  const { text } = await generateText({ model, system: instructions + formatDemos(demos), prompt: `Ticket: ${ticket}` });
  const team = text.match(/category\s*:\s*([a-z]+)/i)?.[1]?.toLowerCase();
  if (team && isCategory(team)) return team;
  throw new Error(`routeByHand: expected "Category: <team>", got ${JSON.stringify(text)}`);
}

/**
 * Many tickets, at most `concurrency` calls at a time, an error kept in place of
 * its answer: what LangChain's batch(…, { maxConcurrency }, { returnExceptions: true }) does.
 */
export async function routeAllByHand(model: LanguageModel, demos: Example[], tickets: string[], concurrency = 4): Promise<Array<Category | Error>> {
  const answers: Array<Category | Error> = new Array(tickets.length);
  let next = 0;
  const worker = async () => {
    while (next < tickets.length) {
      const index = next++;
      answers[index] = await routeByHand(model, demos, tickets[index]!).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tickets.length) }, worker));
  return answers;
}
