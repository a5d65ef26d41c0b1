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
  // TODO: temperature 0 → probability 1 for the first (largest) logit, 0 for the rest.
  // Otherwise p = exp((logit - max) / temperature), divided by the sum of them all.
  return entries.map(([token]) => ({ token, p: 1 / entries.length }));
}

/** Applies top-k, then top-p, and renormalises what is left. */
export function truncate(distribution: Distribution, { topK, topP }: SamplingOptions): Distribution {
  // TODO: keep the first topK entries (all when topK is 0 or missing); then keep
  // entries, most likely first, until their probability adds up to at least topP;
  // finally divide each p by the total that is left, so it sums to 1 again.
  return distribution;
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
