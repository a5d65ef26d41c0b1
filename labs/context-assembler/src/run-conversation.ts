import { generateText, type LanguageModel } from 'ai';
import { assembleContext, type AssembledContext } from './assemble.ts';
import { compactHistory } from './compact.ts';
import type { ScriptedMessage } from './data/conversation.ts';
import { systemPrompt, tools as allTools, type ToolDefinition } from './data/tools.ts';
import { retrieve } from './retrieve.ts';
import { emptyState, type ConversationState } from './state.ts';

export interface Budget {
  /** Input tokens allowed per call: the context window minus the tokens reserved for the answer. */
  maxInputTokens: number;
  /** Compact when the verbatim history passes this many tokens. */
  historyBudget: number;
  keepRecent: number;
  maxSummaryTokens: number;
}

export const defaultBudget: Budget = { maxInputTokens: 1_000, historyBudget: 300, keepRecent: 4, maxSummaryTokens: 120 };

export interface TurnRecord {
  question: string;
  context: AssembledContext;
  answer: string;
  /** Input tokens the model reported for the call. */
  inputTokens: number;
  compacted: boolean;
  /** The state after the turn. */
  state: ConversationState;
}

/**
 * Plays a scripted conversation: each turn pins what the message states, compacts
 * the history if it has outgrown its budget, retrieves articles, assembles the
 * context and asks the model. `toolsForTurn` stands for a tool registry that
 * returns the same tools in whatever order it likes.
 */
export async function runConversation(
  script: ScriptedMessage[],
  model: LanguageModel,
  budget: Budget = defaultBudget,
  toolsForTurn: (turn: number) => ToolDefinition[] = () => allTools,
): Promise<TurnRecord[]> {
  let state = emptyState();
  const records: TurnRecord[] = [];
  for (const [index, message] of script.entries()) {
    if (message.pin) state = { ...state, pinned: [...state.pinned, message.pin] };
    const compaction = await compactHistory(state, { model, historyBudget: budget.historyBudget, keepRecent: budget.keepRecent, maxSummaryTokens: budget.maxSummaryTokens });
    state = compaction.state;
    const context = assembleContext({
      system: systemPrompt,
      tools: toolsForTurn(index),
      state,
      retrieved: retrieve(message.text),
      question: message.text,
      maxInputTokens: budget.maxInputTokens,
    });
    const { text, usage } = await generateText({ model, system: context.prefix, prompt: context.tail });
    state = { ...state, turns: [...state.turns, { role: 'user', text: message.text }, { role: 'assistant', text }] };
    records.push({ question: message.text, context, answer: text, inputTokens: usage.inputTokens ?? 0, compacted: compaction.compacted, state });
  }
  return records;
}
