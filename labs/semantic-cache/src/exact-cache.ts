// An exact-match cache: a hit only when the question, once normalised, is the same text.

/** What an answer depends on besides the question. A change to any of them is a different key. */
export interface Scope {
  tenant: string;
  promptVersion: string;
  modelId: string;
}

export interface CachedAnswer {
  question: string;
  answer: string;
  storedAtMs: number;
}

/** The question as the cache compares it: trimmed, lower-cased, spaces collapsed, trailing punctuation dropped. */
export function normalise(question: string): string {
  // TODO: trim, lower-case, collapse runs of whitespace to one space, and drop trailing ?, ! and .
  return question;
}

/** The cache key: the scope (tenant, prompt version, model) and the normalised question. */
export function cacheKey(scope: Scope, question: string): string {
  // TODO: a key made of the question alone serves one shop's answer to another, and keeps serving
  // answers written under an old prompt or model. Put the whole scope in the key, with the normalised question.
  return question;
}

export function createExactCache(options: { ttlMs: number }) {
  const entries = new Map<string, CachedAnswer>();
  return {
    lookup(scope: Scope, question: string, nowMs: number): CachedAnswer | undefined {
      const key = cacheKey(scope, question);
      const entry = entries.get(key);
      // TODO: an entry stored options.ttlMs or more before nowMs has expired: delete it and miss.
      return entry;
    },
    store(scope: Scope, question: string, answer: string, nowMs: number): void {
      entries.set(cacheKey(scope, question), { question, answer, storedAtMs: nowMs });
    },
    get size() {
      return entries.size;
    },
  };
}
