import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embed, embedMany } from 'ai';
import { cosineSimilarity, createHashedNgramEmbeddingModel, getEmbeddingModel, hashedNgramEmbedding } from '../src/index.ts';
import { clearLabEnvironment } from './support/environment.ts';

clearLabEnvironment();

const length = (vector: number[]) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

test('vectors are unit length, and identical texts have similarity 1', () => {
  for (const text of ['retrieval augmented generation', 'a', 'Vector DB']) {
    const vector = hashedNgramEmbedding(text);
    assert.equal(vector.length, 256);
    assert.ok(Math.abs(length(vector) - 1) < 1e-9, `${text}: length ${length(vector)}`);
    assert.ok(Math.abs(cosineSimilarity(vector, hashedNgramEmbedding(text)) - 1) < 1e-9);
  }
  assert.equal(hashedNgramEmbedding('', { dimensions: 8 }).every((value) => value === 0), true);
});

test('texts that share spellings are closer than unrelated ones', () => {
  const query = hashedNgramEmbedding('vector database index');
  const near = cosineSimilarity(query, hashedNgramEmbedding('vector databases and their indexes'));
  const far = cosineSimilarity(query, hashedNgramEmbedding('banana bread recipe'));
  assert.ok(near > far + 0.2, `near ${near} far ${far}`);
});

test('they are lexical, not semantic: a synonym with no shared spelling scores low', () => {
  const car = hashedNgramEmbedding('car');
  assert.ok(cosineSimilarity(car, hashedNgramEmbedding('cars')) > cosineSimilarity(car, hashedNgramEmbedding('automobile')) + 0.3);
});

test('case and extra spaces do not change the vector; the options do', () => {
  assert.deepEqual(hashedNgramEmbedding('Hello   World'), hashedNgramEmbedding('hello world'));
  assert.equal(hashedNgramEmbedding('hello', { dimensions: 32 }).length, 32);
  assert.notDeepEqual(hashedNgramEmbedding('hello', { n: 2 }), hashedNgramEmbedding('hello', { n: 3 }));
  assert.throws(() => hashedNgramEmbedding('x', { dimensions: 0 }), /dimensions must be a positive integer/);
});

test('embed and embedMany work through the AI SDK', async () => {
  const model = createHashedNgramEmbeddingModel({ dimensions: 64 });
  const { embedding, usage } = await embed({ model, value: 'hello' });
  assert.equal(embedding.length, 64);
  assert.deepEqual(embedding, hashedNgramEmbedding('hello', { dimensions: 64 }));
  assert.equal(usage.tokens, 1);
  const { embeddings } = await embedMany({ model: getEmbeddingModel(), values: ['a', 'b', 'c'] });
  assert.equal(embeddings.length, 3);
  assert.deepEqual(embeddings[1], hashedNgramEmbedding('b'));
});

test('cosine similarity refuses vectors of different lengths', () => {
  assert.throws(() => cosineSimilarity([1, 0], [1, 0, 0]), /differ in length/);
  assert.equal(cosineSimilarity([1, 0], [0, 1]), 0);
  assert.equal(cosineSimilarity([1, 0], [-2, 0]), -1);
});
