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
  // TODO:
  //  1. Nothing to do (return { state, compacted: false }) when there are no more than
  //     keepRecent turns (default 4), or when renderTurns(state.turns) is within
  //     options.historyBudget tokens (count with countTokens).
  //  2. Otherwise summarise the older turns with one generateText call: system
  //     compactorSystem; prompt "Summary so far: <summary>" (if there is one) and the
  //     rendered older turns, one per line; maxOutputTokens maxSummaryTokens (default 120).
  //  3. Return the new state: that summary, the last keepRecent turns, and the same pinned facts.
  return { state, compacted: false };
}
