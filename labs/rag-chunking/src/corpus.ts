import { readdirSync, readFileSync } from 'node:fs';

/** One document of the corpus: a chapter of this book, as Markdown. */
export interface Doc {
  /** The file name, e.g. "embeddings.md": the chunks' citation points back to it. */
  source: string;
  /** The text of its first "# " heading. */
  title: string;
  /** The whole Markdown text, title included. */
  text: string;
}

const corpusFolder = new URL('../corpus/', import.meta.url);

/**
 * The corpus: trimmed copies of eight of the book's chapters (six from Stage 1 and two
 * contributors' pages), with the MDX imports and components taken out. Sorted by file
 * name, so every run sees them in the same order.
 */
export function loadCorpus(): Doc[] {
  return readdirSync(corpusFolder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((source) => {
      const text = readFileSync(new URL(source, corpusFolder), 'utf8');
      const title = text.match(/^# (.+)$/m)?.[1]?.trim();
      if (!title) throw new Error(`corpus/${source}: no "# " title line; every document of the corpus starts with one.`);
      return { source, title, text };
    });
}
