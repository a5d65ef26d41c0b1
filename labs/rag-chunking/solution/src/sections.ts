import { codeFenceTracker } from './blocks.ts';
import type { Doc } from './corpus.ts';

/** The text under one heading, up to the next heading of any level. */
export interface Section {
  /** The headings above it, outermost first, ending with its own: ["Embeddings", "Measuring closeness", "A worked example"]. */
  headingPath: string[];
  /** The text under the heading, without the heading line. */
  body: string;
}

const headingPattern = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/**
 * Splits a Markdown document at its headings. A heading of level n replaces the one
 * of level n and everything deeper in the path; lines inside fenced code blocks are
 * never headings. Sections with no text of their own (a heading followed at once by a
 * subheading) are left out.
 */
export function sectionsOf(doc: Doc): Section[] {
  const sections: Section[] = [];
  const inCode = codeFenceTracker();
  const path: Array<{ level: number; text: string }> = [];
  let lines: string[] = [];
  const flush = () => {
    const body = lines.join('\n').trim();
    if (body && path.length > 0) sections.push({ headingPath: path.map((heading) => heading.text), body });
    lines = [];
  };
  for (const line of doc.text.split('\n')) {
    const heading = inCode(line) ? undefined : line.match(headingPattern);
    if (!heading) {
      lines.push(line);
      continue;
    }
    flush();
    const level = heading[1]!.length;
    while (path.length > 0 && path[path.length - 1]!.level >= level) path.pop();
    path.push({ level, text: heading[2]! });
  }
  flush();
  return sections;
}
