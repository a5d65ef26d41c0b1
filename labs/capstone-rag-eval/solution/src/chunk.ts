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

/** A paragraph too long for one chunk, cut at sentence ends into pieces of at most maxChars. */
function splitLongParagraph(paragraph: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentencesOf(paragraph)) {
    if (current && current.length + 1 + sentence.length > maxChars) {
      pieces.push(current);
      current = sentence;
    } else current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Cuts a document into chunks at paragraph boundaries: consecutive paragraphs are packed
 * into one chunk while the result stays within maxChars (joined by a blank line); a
 * paragraph longer than maxChars is cut at sentence ends. Text is never cut mid-sentence.
 */
export function chunkDocument(document: SourceDocument, maxChars = defaultMaxChars): Chunk[] {
  if (!Number.isInteger(maxChars) || maxChars < 50) throw new RangeError(`chunkDocument: maxChars must be a whole number of at least 50 (got ${maxChars})`);
  const paragraphs = document.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((paragraph) => (paragraph.length > maxChars ? splitLongParagraph(paragraph, maxChars) : [paragraph]));
  const texts: string[] = [];
  let current = '';
  for (const paragraph of paragraphs) {
    if (current && current.length + 2 + paragraph.length > maxChars) {
      texts.push(current);
      current = paragraph;
    } else current = current ? `${current}\n\n${paragraph}` : paragraph;
  }
  if (current) texts.push(current);
  return texts.map((text, position) => ({ id: `${document.id}#${position}`, docId: document.id, title: document.title, text }));
}

/** Every document's chunks, in corpus order. */
export const chunkCorpus = (documents: SourceDocument[], maxChars = defaultMaxChars): Chunk[] => documents.flatMap((document) => chunkDocument(document, maxChars));
