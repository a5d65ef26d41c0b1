// Milestone 1: chunk the handbook and index it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkCorpus, chunkDocument, defaultMaxChars } from '../src/chunk.ts';
import { corpus } from '../src/corpus.ts';
import { buildIndex } from '../src/embed-index.ts';
import { questions } from '../src/questions.ts';
import { isRelevant } from '../src/relevance.ts';

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const paragraph = (letter: string, sentences: number): string => Array.from({ length: sentences }, (_, i) => `Sentence ${letter}${i} has a few plain words in it.`).join(' ');

test('m1: chunks pack whole paragraphs up to maxChars, joined by a blank line', () => {
  const document = { id: 'doc', title: 'Doc', text: [paragraph('a', 1), paragraph('b', 1), paragraph('c', 1), paragraph('d', 1)].join('\n\n') };
  const chunks = chunkDocument(document, 100);
  assert.deepEqual(
    chunks.map((chunk) => chunk.text),
    [`${paragraph('a', 1)}\n\n${paragraph('b', 1)}`, `${paragraph('c', 1)}\n\n${paragraph('d', 1)}`],
    'each paragraph is 40 characters: two fit in 100 (40 + 2 + 40), a third does not',
  );
});

test('m1: chunks are numbered within their document and carry its id and title', () => {
  const chunks = chunkDocument(corpus[0]!);
  assert.ok(chunks.length > 1, `the "${corpus[0]!.id}" document should make more than one chunk of at most ${defaultMaxChars} characters`);
  assert.deepEqual(chunks.map((chunk) => chunk.id), chunks.map((_, i) => `${corpus[0]!.id}#${i}`));
  for (const chunk of chunks) assert.deepEqual([chunk.docId, chunk.title], [corpus[0]!.id, corpus[0]!.title]);
});

test('m1: a paragraph longer than maxChars is cut at sentence ends, never mid-sentence', () => {
  const long = paragraph('x', 6); // six sentences of 40 characters
  const chunks = chunkDocument({ id: 'long', title: 'Long', text: long }, 100);
  assert.ok(chunks.length >= 3, `a 245-character paragraph must make at least three chunks of at most 100 characters (got ${chunks.length})`);
  for (const chunk of chunks) {
    assert.ok(chunk.text.length <= 100, `chunk ${chunk.id} has ${chunk.text.length} characters`);
    assert.match(chunk.text, /^Sentence .*\.$/, `chunk ${chunk.id} should start and end on a sentence boundary: ${chunk.text}`);
  }
  assert.equal(chunks.map((chunk) => chunk.text).join(' '), long, 'no text is lost or repeated');
});

test('m1: the whole corpus is chunked within maxChars, and no text is lost', () => {
  const chunks = chunkCorpus(corpus);
  for (const chunk of chunks) assert.ok(chunk.text.length <= defaultMaxChars, `chunk ${chunk.id} has ${chunk.text.length} characters, more than ${defaultMaxChars}`);
  for (const document of corpus) {
    const rejoined = chunks.filter((chunk) => chunk.docId === document.id).map((chunk) => chunk.text).join(' ');
    assert.equal(flat(rejoined), flat(document.text), `the chunks of "${document.id}" should hold its text exactly, in order`);
  }
});

test('m1: every labelled question keeps its evidence inside a single chunk', () => {
  const chunks = chunkCorpus(corpus);
  for (const question of questions) assert.ok(chunks.some((chunk) => isRelevant(chunk, question.evidence)), `${question.id}: no chunk holds "${question.evidence}"`);
});

test('m1: the index holds one unit-length vector per chunk', async () => {
  const chunks = chunkCorpus(corpus);
  const index = await buildIndex(chunks);
  assert.equal(index.vectors.length, chunks.length);
  for (const vector of index.vectors) assert.ok(Math.abs(Math.hypot(...vector) - 1) < 1e-9, 'the kit’s embeddings are unit length');
});
