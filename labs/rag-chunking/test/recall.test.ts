import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../src/corpus.ts';
import { evaluateRetrieval } from '../src/evaluate.ts';
import { fixedSizeChunks } from '../src/fixed.ts';
import { headingAwareChunks } from '../src/heading-aware.ts';
import { questions } from '../src/questions.ts';

const corpus = loadCorpus();
const percent = (value: number) => `${Math.round(value * 100)}%`;

test('the labelled set is sound: each evidence passage stands once in the corpus, in its own chapter', () => {
  const normalise = (text: string) => text.replace(/\s+/g, ' ');
  for (const { evidence, source } of questions) {
    const places = corpus.filter((doc) => normalise(doc.text).includes(normalise(evidence))).map((doc) => doc.source);
    assert.deepEqual(places, [source], `"${evidence}" should be found in ${source} only`);
  }
});

test('recall@5: heading-aware chunks with headers beat fixed-size chunks of the same size', () => {
  const fixed = evaluateRetrieval(corpus.flatMap((doc) => fixedSizeChunks(doc, { maxTokens: 512, overlapTokens: 64 })), questions, 5);
  const headed = evaluateRetrieval(corpus.flatMap((doc) => headingAwareChunks(doc, { maxTokens: 512 })), questions, 5);
  assert.ok(headed.recall > fixed.recall, `heading-aware ${percent(headed.recall)} should beat fixed-size ${percent(fixed.recall)}`);
});

test('the headers are what find the questions that name a chapter or section', () => {
  const bare = evaluateRetrieval(corpus.flatMap((doc) => headingAwareChunks(doc, { maxTokens: 512, headers: false })), questions, 5);
  const headed = evaluateRetrieval(corpus.flatMap((doc) => headingAwareChunks(doc, { maxTokens: 512 })), questions, 5);
  assert.ok(
    headed.recallByKind.context >= bare.recallByKind.context + 0.3,
    `on "context" questions, headers should add at least 30 points: ${percent(bare.recallByKind.context)} without, ${percent(headed.recallByKind.context)} with`,
  );
});
