// A semantic cache: a hit when a stored question is close enough to the new one, by cosine
// similarity of their embeddings, within the same scope and before it expires.
import { cosineSimilarity, hashedNgramEmbedding } from '@ai-roadmap/kit';
import { cacheKey, type Scope } from './exact-cache.ts';

export interface SemanticHit {
  /** The stored question that matched. */
  question: string;
  answer: string;
  similarity: number;
}

interface Entry {
  scopeKey: string;
  question: string;
  vector: number[];
  answer: string;
  storedAtMs: number;
}

export interface SemanticCacheOptions {
  /** The lowest cosine similarity that counts as the same question. */
  threshold: number;
  ttlMs: number;
  /** Text to vector; the kit's offline embeddings unless you pass another. */
  embed?: (text: string) => number[];
}

export function createSemanticCache({ threshold, ttlMs, embed = (text) => hashedNgramEmbedding(text) }: SemanticCacheOptions) {
  const entries: Entry[] = [];
  // The scope part of the key only: every entry of one scope is a candidate.
  const scopeKeyOf = (scope: Scope) => cacheKey(scope, '');
  return {
    threshold,
    lookup(scope: Scope, question: string, nowMs: number): SemanticHit | undefined {
      // TODO: embed the question, find the most similar entry of the same scope that has not
      // expired, and return it (with its similarity) only if it reaches the threshold.
      return undefined;
    },
    store(scope: Scope, question: string, answer: string, nowMs: number): void {
      entries.push({ scopeKey: scopeKeyOf(scope), question, vector: embed(question), answer, storedAtMs: nowMs });
    },
    get size() {
      return entries.length;
    },
  };
}
