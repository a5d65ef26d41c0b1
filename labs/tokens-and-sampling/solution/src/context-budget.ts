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
  const room = budget.contextWindow - budget.reservedForAnswer - systemTokens;
  if (room < 0) {
    throw new RangeError(`fitHistory: the system prompt (${systemTokens} tokens) and budget.reservedForAnswer (${budget.reservedForAnswer}) do not fit in budget.contextWindow (${budget.contextWindow})`);
  }
  let used = 0;
  let first = messages.length;
  while (first > 0) {
    const tokens = count(messages[first - 1]!.content);
    if (used + tokens > room) break;
    used += tokens;
    first--;
  }
  if (first === messages.length && messages.length > 0) {
    throw new RangeError(`fitHistory: the newest message (${count(messages.at(-1)!.content)} tokens) does not fit in the ${room} tokens left for history: shorten it, or lower budget.reservedForAnswer`);
  }
  return { kept: messages.slice(first), dropped: messages.slice(0, first), inputTokens: systemTokens + used, spare: room - used };
}
