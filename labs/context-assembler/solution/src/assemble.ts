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
  const front: T[] = [];
  const back: T[] = [];
  bestFirst.forEach((item, rank) => (rank % 2 === 0 ? back.unshift(item) : front.push(item)));
  return [...front, ...back];
}

export function assembleContext(request: ContextRequest): AssembledContext {
  const { maxInputTokens } = request;
  const prefix = renderPrefix(request.system, request.tools, request.state.pinned);
  const summary = request.state.summary === null ? [] : [section('Summary of the earlier conversation', request.state.summary)];

  const build = (turns: Turn[], chunks: Chunk[]) => {
    const placed = orderForAttention(chunks);
    const tail = [
      ...summary,
      ...(turns.length > 0 ? [section('Conversation', renderTurns(turns))] : []),
      ...(placed.length > 0 ? [section('Retrieved help articles', placed.map((chunk) => `[${chunk.id}] ${chunk.text}`).join('\n'))] : []),
      section('Question', request.question),
    ].join('\n\n');
    const text = `${prefix}\n${tail}`;
    return { prefix, tail, text, tokens: countTokens(text), keptTurns: turns.length, keptChunks: placed.map((chunk) => chunk.id) };
  };

  // The parts that are never dropped: instructions, tools, pinned facts, the summary and the question.
  const fixed = build([], []);
  if (fixed.tokens > maxInputTokens) {
    throw new Error(
      `assembleContext: the parts that are never dropped (instructions, tools, pinned facts, summary, question) take ${fixed.tokens} tokens, over the budget of ${maxInputTokens}. Shorten them, compact sooner, or raise maxInputTokens.`,
    );
  }

  // Retrieved chunks, best first, within their share of what the fixed parts leave.
  const retrievalCeiling = fixed.tokens + Math.floor((maxInputTokens - fixed.tokens) * (request.retrievalShare ?? 0.5));
  const chunks: Chunk[] = [];
  for (const chunk of request.retrieved) {
    if (build([], [...chunks, chunk]).tokens <= retrievalCeiling) chunks.push(chunk);
  }

  // Then the most recent turns, newest first, while the whole still fits.
  const turns = request.state.turns;
  let kept = 0;
  while (kept < turns.length && build(turns.slice(turns.length - kept - 1), chunks).tokens <= maxInputTokens) kept += 1;
  return build(turns.slice(turns.length - kept), chunks);
}
