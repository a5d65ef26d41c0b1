import { codeFenceTracker } from './blocks.ts';
import type { Doc } from './corpus.ts';

/** The text under one heading, up to the next heading of any level. */
export interface Section {
  /** The headings above it, outermost first, ending with its own: ["Embeddings", "Measuring closeness", "A worked example"]. */
  headingPath: string[];
  /** The text under the heading, without the heading line. */
  body: string;
}

/**
 * Splits a Markdown document at its headings. A heading of level n replaces the one
 * of level n and everything deeper in the path; lines inside fenced code blocks are
 * never headings. Sections with no text of their own (a heading followed at once by a
 * subheading) are left out.
 */
export function sectionsOf(doc: Doc): Section[] {
  // TODO: walk doc.text line by line. Feed every line to a codeFenceTracker(); a line
  // outside code that matches /^(#{1,6})\s+(.+)$/ is a heading of level (number of #).
  // Keep a stack of { level, text }: pop every heading of the same level or deeper,
  // then push the new one. Each section's headingPath is the stack's texts; its body,
  // the lines up to the next heading, trimmed (skip it when empty).
  void codeFenceTracker;
  return [{ headingPath: [], body: doc.text }];
}
