export interface SamplingOptions {
  /** 0 means greedy: always the most likely token. */
  temperature: number;
  /** Keep only the k most likely tokens (0 or undefined: all). */
  topK?: number;
  /** Keep the smallest set of most likely tokens whose probability reaches p (1 or undefined: all). */
  topP?: number;
}

export type Distribution = Array<{ token: string; p: number }>;

/** Softmax of logits / temperature, most likely first. Temperature 0 puts all the mass on the argmax. */
export function probabilities(logits: Record<string, number>, temperature: number): Distribution {
  const entries = Object.entries(logits).sort(([, a], [, b]) => b - a);
  if (temperature === 0) return entries.map(([token], index) => ({ token, p: index === 0 ? 1 : 0 }));
  const max = entries[0]?.[1] ?? 0;
  const weights = entries.map(([token, logit]) => ({ token, w: Math.exp((logit - max) / temperature) }));
  const total = weights.reduce((sum, { w }) => sum + w, 0);
  return weights.map(({ token, w }) => ({ token, p: w / total }));
}

/** Applies top-k, then top-p, and renormalises what is left. */
export function truncate(distribution: Distribution, { topK, topP }: SamplingOptions): Distribution {
  let kept = topK ? distribution.slice(0, topK) : distribution;
  if (topP !== undefined && topP < 1) {
    const nucleus: Distribution = [];
    let mass = 0;
    for (const entry of kept) {
      nucleus.push(entry);
      mass += entry.p;
      if (mass >= topP) break;
    }
    kept = nucleus;
  }
  const total = kept.reduce((sum, { p }) => sum + p, 0);
  return kept.map(({ token, p }) => ({ token, p: p / total }));
}

/** Draws one token with the given random source (0 ≤ random() < 1). */
export function sample(logits: Record<string, number>, options: SamplingOptions, random: () => number): string {
  const distribution = truncate(probabilities(logits, options.temperature), options);
  let threshold = random();
  for (const { token, p } of distribution) {
    threshold -= p;
    if (threshold < 0) return token;
  }
  return distribution.at(-1)!.token;
}
