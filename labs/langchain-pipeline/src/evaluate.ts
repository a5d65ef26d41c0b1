import type { Runnable } from '@langchain/core/runnables';
import type { Category } from './categories.ts';
import type { TicketInput } from './pipeline.ts';
import type { Example } from './tickets.ts';

/** The share of examples the program routes to their labelled team. An answer it cannot parse counts as wrong. */
export async function accuracy(program: Runnable<TicketInput, Category>, examples: Example[]): Promise<number> {
  if (examples.length === 0) return 0;
  const answers = await program.batch(
    examples.map((example) => ({ ticket: example.ticket })),
    { maxConcurrency: 4 },
    { returnExceptions: true },
  );
  return answers.filter((answer, index) => answer === examples[index]!.label).length / examples.length;
}
