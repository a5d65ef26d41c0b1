import type { EmbeddingModelV4 } from '@ai-sdk/provider';
import { loadTokenizer } from './tokens-on-demand.ts';
import { withEmbeddingUsageReporting } from './usage-reporting.ts';

/**
 * Offline embeddings from hashed character n-grams.
 *
 * They are LEXICAL, not semantic: a text's vector counts the letter sequences
 * it contains, so texts that share spellings score high. "car" is close to
 * "cars" but not to "automobile", and "bank" (river) equals "bank" (money).
 * Real embedding models are trained to place texts by meaning; these only
 * stand in for them so a retrieval pipeline can be built and tested offline.
 */
export interface HashedNgramOptions {
  /** Length of each vector (default 256). */
  dimensions?: number;
  /** Length of the character n-grams (default 3). */
  n?: number;
}

/** 32-bit FNV-1a: a fast, well-spread hash for short strings. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function norm(vector: number[]): number {
  let sum = 0;
  for (const value of vector) sum += value * value;
  return Math.sqrt(sum);
}

/**
 * The unit-length vector of a text's character n-grams: lower-cased, spaces
 * collapsed and padded with one space each side, each n-gram hashed (FNV-1a)
 * into one of `dimensions` buckets. An empty text gives the zero vector.
 */
export function hashedNgramEmbedding(text: string, { dimensions = 256, n = 3 }: HashedNgramOptions = {}): number[] {
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new Error(`hashedNgramEmbedding: dimensions must be a positive integer, not ${dimensions}.`);
  if (!Number.isInteger(n) || n < 1) throw new Error(`hashedNgramEmbedding: n must be a positive integer, not ${n}.`);
  const vector = new Array<number>(dimensions).fill(0);
  const normalised = ` ${text.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  for (let start = 0; start + n <= normalised.length; start++) {
    const hash = fnv1a(normalised.slice(start, start + n));
    // A sign from another bit of the hash makes colliding n-grams cancel out on average instead of piling up.
    vector[hash % dimensions]! += hash & 0x80000000 ? -1 : 1;
  }
  const length = norm(vector);
  return length === 0 ? vector : vector.map((value) => value / length);
}

/** Cosine similarity: 1 for the same direction, 0 for unrelated (orthogonal) vectors, -1 for opposite. */
export function cosineSimilarity(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error(`cosineSimilarity: vectors differ in length (${a.length} and ${b.length}).`);
  let dot = 0;
  for (let index = 0; index < a.length; index++) dot += a[index]! * b[index]!;
  const lengths = norm(a) * norm(b);
  return lengths === 0 ? 0 : dot / lengths;
}

/**
 * The hashed n-gram embeddings behind the AI SDK's embedding-model interface
 * (EmbeddingModelV4), so embed() and embedMany() work on them. Usage is the
 * input's tokens, counted as the tokenizer counts them, and is reported like
 * every model call from the kit.
 */
export function createHashedNgramEmbeddingModel(options: HashedNgramOptions = {}): EmbeddingModelV4 {
  const model: EmbeddingModelV4 = {
    specificationVersion: 'v4',
    provider: 'stand-in',
    modelId: `hashed-ngram-${options.n ?? 3}gram-${options.dimensions ?? 256}d`,
    maxEmbeddingsPerCall: 2048,
    supportsParallelCalls: true,
    async doEmbed({ values }) {
      const { countTokens } = await loadTokenizer();
      const tokens = values.reduce((sum, value) => sum + countTokens(value), 0);
      return { embeddings: values.map((value) => hashedNgramEmbedding(value, options)), usage: { tokens }, warnings: [] };
    },
  };
  return withEmbeddingUsageReporting(model);
}
