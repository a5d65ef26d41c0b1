import { countTokens } from '@ai-roadmap/kit/tokens';
import type { ToolDefinition } from './data/tools.ts';
import { renderPrefix } from './render.ts';
import type { Chunk } from './retrieve.ts';
import { renderTurns, section, type ConversationState, type Turn } from './state.ts';

export interface ContextRequest {
  system: string;
  tools: ToolDefinition[];
  state: ConversationState;
  /** Retrieved chunks, best first. */
  retrieved: Chunk[];
  question: string;
  /** The input budget: the context window minus the tokens reserved for the answer. */
  maxInputTokens: number;
  /** The most of the budget left after the fixed parts that retrieved chunks may take (default 0.5). */
  retrievalShare?: number;
}

export interface AssembledContext {
  /** The stable prefix (instructions, tools, pinned facts): send it as the system prompt; it is what a provider caches. */
  prefix: string;
  /** Everything that changes from turn to turn: summary, recent turns, retrieved chunks, the question. */
  tail: string;
  /** What the model is sent, `${prefix}\n${tail}`, and its tokens counted with the real tokenizer. */
  text: string;
  tokens: number;
  /** How many of the most recent turns fitted, and which chunks, in the order they were placed. */
  keptTurns: number;
  keptChunks: string[];
}

/**
 * Best chunks at the edges, weakest in the middle: rank 1 last (next to the
 * question), rank 2 first, and so on inwards. Models use the start and the end
 * of a long context better than the middle (Liu et al. 2023).
 */
export function orderForAttention<T>(bestFirst: T[]): T[] {
  // TODO: for ranks 1, 2, 3, 4, 5 return the order 2, 4, 5, 3, 1.
  return bestFirst;
}

export function assembleContext(request: ContextRequest): AssembledContext {
  const prefix = renderPrefix(request.system, request.tools, request.state.pinned);
  const summary = request.state.summary === null ? [] : [section('Summary of the earlier conversation', request.state.summary)];

  const build = (turns: Turn[], chunks: Chunk[]) => {
    const placed = orderForAttention(chunks);
    const tail = [
      ...summary,
      ...(placed.length > 0 ? [section('Retrieved help articles', placed.map((chunk) => `[${chunk.id}] ${chunk.text}`).join('\n'))] : []),
      ...(turns.length > 0 ? [section('Conversation', renderTurns(turns))] : []),
      section('Question', request.question),
    ].join('\n\n');
    const text = `${prefix}\n${tail}`;
    return { prefix, tail, text, tokens: countTokens(text), keptTurns: turns.length, keptChunks: placed.map((chunk) => chunk.id) };
  };

  // TODO: keep the context within request.maxInputTokens, counted on the whole text.
  //  1. The parts never dropped (build([], [])) over the budget? Throw an Error that
  //     gives their tokens and the budget.
  //  2. Retrieved chunks, best first: keep each one that fits within the fixed parts'
  //     tokens + retrievalShare (default 0.5) of what the fixed parts leave.
  //  3. Then the most recent turns, newest first, while the whole still fits.
  // And fix the order in build: the history goes before the retrieved chunks, so
  // that last turn's prompt is a prefix of this turn's, up to the new material.
  return build(request.state.turns, request.retrieved);
}
