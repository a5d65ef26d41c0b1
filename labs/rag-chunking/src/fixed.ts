import { countTokens, tokenize } from '@ai-roadmap/kit/tokens';
import type { Doc } from './corpus.ts';
import type { Chunk } from './chunk.ts';

export interface FixedOptions {
  /** The most tokens a chunk may hold. */
  maxTokens: number;
  /** How many tokens each chunk repeats from the end of the one before. */
  overlapTokens: number;
}

/**
 * The baseline: cut the document into windows of maxTokens tokens, each starting
 * maxTokens − overlapTokens tokens after the one before, with no regard for headings,
 * paragraphs or code. The chunks carry their source, but no heading path.
 */
export function fixedSizeChunks(doc: Doc, { maxTokens, overlapTokens }: FixedOptions): Chunk[] {
  if (!(overlapTokens >= 0 && overlapTokens < maxTokens)) {
    throw new Error(`fixedSizeChunks: overlapTokens must be at least 0 and less than maxTokens (${maxTokens}), not ${overlapTokens}.`);
  }
  const pieces = tokenize(doc.text);
  const step = maxTokens - overlapTokens;
  const chunks: Chunk[] = [];
  for (let start = 0; start < pieces.length; start += step) {
    let end = Math.min(start + maxTokens, pieces.length);
    // A piece can stand for more than one token (an emoji, a character split across
    // tokens), so a window of maxTokens pieces can count a little over: shorten it.
    while (end > start + 1 && countTokens(pieces.slice(start, end).join('')) > maxTokens) end--;
    const text = pieces.slice(start, end).join('');
    chunks.push({ id: `${doc.source}#${chunks.length}`, source: doc.source, headingPath: [], text, body: text });
    if (end >= pieces.length) break;
  }
  return chunks;
}
