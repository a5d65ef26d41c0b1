import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTokens } from '@ai-roadmap/kit/tokens';
import { blocksOf } from '../src/blocks.ts';
import { headerOf } from '../src/chunk.ts';
import { loadCorpus } from '../src/corpus.ts';
import { headingAwareChunks } from '../src/heading-aware.ts';
import { splitRecursively } from '../src/split.ts';

const maxTokens = 512;
const corpus = loadCorpus();
const chunks = corpus.flatMap((doc) => headingAwareChunks(doc, { maxTokens }));
const words = (text: string) => text.split(/\s+/).filter(Boolean);

test('a text over the cap is split into pieces within it, losing no word', () => {
  const sentence = 'Chunking decides what a retriever can find, so measure it on real questions. ';
  const text = sentence.repeat(40).trim();
  const pieces = splitRecursively(text, 100);
  assert.ok(pieces.length > 1, `a ${countTokens(text)}-token text must be split for a cap of 100`);
  for (const piece of pieces) assert.ok(countTokens(piece) <= 100, `a piece of ${countTokens(piece)} tokens is over the cap of 100`);
  assert.deepEqual(words(pieces.join(' ')), words(text), 'the pieces, in order, hold every word of the text');
  assert.ok(pieces.every((piece) => piece.endsWith('.')), 'each piece ends at a sentence boundary: try the separators in order, sentences before words');
});

test('a run of text with no spaces is still cut to fit', () => {
  const pieces = splitRecursively('x'.repeat(3000), 50);
  assert.ok(pieces.length > 1 && pieces.every((piece) => countTokens(piece) <= 50), 'with no separator left, cut between tokens');
  assert.equal(pieces.join(''), 'x'.repeat(3000));
});

test(`every chunk of the book's chapters is within ${maxTokens} tokens, its header included`, () => {
  assert.ok(chunks.length > 50, `expected the chapters to make many chunks, got ${chunks.length}`);
  const over = chunks.filter((chunk) => countTokens(chunk.text) > maxTokens);
  assert.deepEqual(over.map((chunk) => `${chunk.id}: ${countTokens(chunk.text)} tokens`), [], 'split long paragraphs with splitRecursively, against the budget left after the header');
  assert.ok(chunks.every((chunk) => !chunk.oversized), 'no code block in these chapters is longer than the cap, so no chunk should be flagged oversized');
});

test('every code block of the chapters is in one chunk, whole', () => {
  for (const doc of corpus) {
    const codeBlocks = blocksOf(doc.text).filter((block) => block.kind === 'code');
    for (const code of codeBlocks) {
      const holder = chunks.find((chunk) => chunk.source === doc.source && chunk.body.includes(code.text));
      assert.ok(holder, `the code block starting "${code.text.slice(0, 40)}…" in ${doc.source} is cut across chunks: pass code blocks to packPieces whole, never to splitRecursively`);
    }
  }
});

test('every chunk carries its source, its heading path, and the path as a header on top of its text', () => {
  const ids = new Set<string>();
  for (const chunk of chunks) {
    const doc = corpus.find((candidate) => candidate.source === chunk.source);
    assert.ok(doc, `${chunk.id}: source "${chunk.source}" is not a file of the corpus`);
    assert.equal(chunk.headingPath[0], doc.title, `${chunk.id}: the heading path starts with the chapter's title`);
    assert.ok(chunk.text.startsWith(`${headerOf(chunk.headingPath)}\n\n`), `${chunk.id}: the text starts with the header "${headerOf(chunk.headingPath)}" and a blank line`);
    assert.equal(chunk.text.slice(headerOf(chunk.headingPath).length + 2), chunk.body, `${chunk.id}: the text is the header, a blank line and the body`);
    assert.ok(!ids.has(chunk.id), `${chunk.id} is not unique`);
    ids.add(chunk.id);
  }
});

test('without headers, the text is the body alone, and the heading path stays in the metadata', () => {
  const bare = headingAwareChunks(corpus[0]!, { maxTokens, headers: false });
  assert.ok(bare.length > 0 && bare.every((chunk) => chunk.text === chunk.body && chunk.headingPath.length > 0));
});

test('a code block longer than the cap is kept whole, in a chunk of its own flagged oversized', () => {
  const longCode = ['```ts', ...Array.from({ length: 60 }, (_, line) => `const value${line} = compute(${line}, "some argument");`), '```'].join('\n');
  const doc = { source: 'long.md', title: 'Long', text: `# Long\n\n## Example\n\nBefore the code.\n\n${longCode}\n\nAfter the code.\n` };
  const result = headingAwareChunks(doc, { maxTokens: 200 });
  const holder = result.find((chunk) => chunk.body.includes(longCode));
  assert.ok(holder, 'the long code block must stay whole in one chunk');
  assert.equal(holder.oversized, true, 'a chunk over the cap because of a code block is flagged oversized: true');
  assert.equal(holder.body, longCode, 'the oversized code block is a chunk of its own, not packed with the paragraphs around it');
  for (const chunk of result.filter((candidate) => candidate !== holder)) assert.ok(countTokens(chunk.text) <= 200, `${chunk.id} is over the cap`);
});
