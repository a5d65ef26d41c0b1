import { generateText, type LanguageModel } from 'ai';
import { countTokens } from '@ai-roadmap/kit/tokens';
import { compactorSystem } from './stand-in.ts';
import { renderTurns, type ConversationState } from './state.ts';

export interface CompactOptions {
  model: LanguageModel;
  /** Compact when the verbatim turns take more tokens than this. */
  historyBudget: number;
  /** Turns kept verbatim after compaction (default 4). */
  keepRecent?: number;
  /** Cap on the summary's tokens (default 120). */
  maxSummaryTokens?: number;
}

/**
 * When the verbatim history outgrows its budget, summarise the older turns (and the
 * summary so far) with the model, and keep only the most recent turns verbatim.
 * Pinned facts are not part of the history: they pass through untouched.
 */
export async function compactHistory(state: ConversationState, options: CompactOptions): Promise<{ state: ConversationState; compacted: boolean }> {
  const keepRecent = options.keepRecent ?? 4;
  if (state.turns.length <= keepRecent || countTokens(renderTurns(state.turns)) <= options.historyBudget) return { state, compacted: false };
  const older = state.turns.slice(0, state.turns.length - keepRecent);
  const prompt = [state.summary === null ? '' : `Summary so far: ${state.summary}`, renderTurns(older)].filter(Boolean).join('\n');
  const { text } = await generateText({ model: options.model, system: compactorSystem, prompt, maxOutputTokens: options.maxSummaryTokens ?? 120 });
  return { state: { summary: text.trim(), turns: state.turns.slice(-keepRecent), pinned: state.pinned }, compacted: true };
}
