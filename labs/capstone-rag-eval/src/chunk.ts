import type { SourceDocument } from './corpus.ts';
import { sentencesOf } from './words.ts';

export interface Chunk {
  /** `<document id>#<position>`, counting from 0 within the document. */
  id: string;
  docId: string;
  title: string;
  text: string;
}

/** The most characters a chunk may hold, unless a single sentence is longer. */
export const defaultMaxChars = 420;

/**
 * Cuts a document into chunks at paragraph boundaries: consecutive paragraphs are packed
 * into one chunk while the result stays within maxChars (joined by a blank line); a
 * paragraph longer than maxChars is cut at sentence ends. Text is never cut mid-sentence.
 */
export function chunkDocument(document: SourceDocument, maxChars = defaultMaxChars): Chunk[] {
  if (!Number.isInteger(maxChars) || maxChars < 50) throw new RangeError(`chunkDocument: maxChars must be a whole number of at least 50 (got ${maxChars})`);
  // TODO (milestone 1): split document.text into paragraphs at blank lines (collapse the
  // white space inside each), cut any paragraph longer than maxChars at sentence ends
  // (sentencesOf), then pack consecutive pieces into chunks of at most maxChars, joined
  // by "\n\n". Number them: id `${document.id}#0`, `#1`, …
  void sentencesOf;
  return [{ id: `${document.id}#0`, docId: document.id, title: document.title, text: document.text }];
}

/** Every document's chunks, in corpus order. */
export const chunkCorpus = (documents: SourceDocument[], maxChars = defaultMaxChars): Chunk[] => documents.flatMap((document) => chunkDocument(document, maxChars));
