import { countTokens } from '@ai-roadmap/kit/tokens';
import { blocksOf } from './blocks.ts';
import { headerOf, type Chunk } from './chunk.ts';
import type { Doc } from './corpus.ts';
import { packPieces } from './pack.ts';
import { sectionsOf } from './sections.ts';
import { splitRecursively } from './split.ts';

export interface HeadingAwareOptions {
  /** The most tokens a chunk may hold, its header included. */
  maxTokens: number;
  /** Put the heading path at the top of each chunk's text (default true). */
  headers?: boolean;
}

/**
 * Chunks that follow the document's structure: one section at a time, paragraphs packed
 * together up to the cap, a paragraph too long for it split recursively, a code block
 * never cut. Each chunk starts with its heading path (the contextual header) and carries
 * its source and heading path as metadata.
 */
export function headingAwareChunks(doc: Doc, { maxTokens, headers = true }: HeadingAwareOptions): Chunk[] {
  // TODO: for each section of sectionsOf(doc):
  //   - the header is headerOf(headingPath) and a blank line ("" when headers is false),
  //     and the body's budget is maxTokens minus the header's tokens;
  //   - blocksOf(body) gives code blocks (keep each whole) and paragraphs (split each
  //     with splitRecursively to fit the budget); packPieces joins them with a blank line;
  //   - each packed piece is a chunk: id `${doc.source}#${n}` (n counts the document's
  //     chunks), source, headingPath, text = header + piece, body = piece, and
  //     oversized: true when the text is still over maxTokens (a long code block).
  void countTokens;
  void blocksOf;
  void headerOf;
  void packPieces;
  void splitRecursively;
  void headers;
  return sectionsOf(doc).map(({ body }, index) => ({ id: `${doc.source}#${index}`, source: doc.source, headingPath: [], text: body, body }));
}
