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
  const chunks: Chunk[] = [];
  for (const { headingPath, body } of sectionsOf(doc)) {
    const header = headers ? `${headerOf(headingPath)}\n\n` : '';
    const budget = maxTokens - countTokens(header);
    const pieces = blocksOf(body).flatMap((block) => (block.kind === 'code' ? [block.text] : splitRecursively(block.text, budget)));
    for (const piece of packPieces(pieces, '\n\n', budget)) {
      const text = header + piece;
      const chunk: Chunk = { id: `${doc.source}#${chunks.length}`, source: doc.source, headingPath, text, body: piece };
      if (countTokens(text) > maxTokens) chunk.oversized = true;
      chunks.push(chunk);
    }
  }
  return chunks;
}
