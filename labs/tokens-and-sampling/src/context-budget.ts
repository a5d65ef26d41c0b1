import { countTokens } from '@ai-roadmap/kit/tokens';
import { requireTokens, type ContextBudget, type FittedHistory, type Message } from './context-types.ts';

export type { ContextBudget, FittedHistory, Message };

/**
 * Keeps the newest messages that fit beside the system prompt and the answer's reserve, counted with `count`
 * (the kit's cl100k tokenizer unless you pass another). The kept messages are always the newest ones, with no gap.
 */
export function fitHistory(budget: ContextBudget, messages: Message[], count: (text: string) => number = countTokens): FittedHistory {
  requireTokens('contextWindow', budget.contextWindow);
  requireTokens('reservedForAnswer', budget.reservedForAnswer);
  const systemTokens = count(budget.system);
  // TODO: the room left for history is the window minus the answer's reserve minus the
  // system prompt. When that is below 0, throw an error that names budget.reservedForAnswer.
  // TODO: walk the messages from the newest back, adding each one's tokens while they fit;
  // stop at the first that does not, so that no older message is kept past a gap. When even
  // the newest message does not fit, throw: a request without the user's question is useless.
  return { kept: messages, dropped: [], inputTokens: systemTokens, spare: 0 };
}
