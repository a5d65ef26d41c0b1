export type Merge = [string, string];

/** Splits a word into characters, with an end-of-word marker so merges cannot cross words. */
const symbols = (word: string): string[] => [...word, '</w>'];

/** The most frequent adjacent pair across all words (ties: the pair seen first). */
export function mostFrequentPair(words: string[][]): Merge | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const word of words) {
    for (let i = 0; i + 1 < word.length; i++) {
      const key = `${word[i]}\u0000${word[i + 1]}`;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (best === undefined || count > (counts.get(best) ?? 0)) best = key;
    }
  }
  return best === undefined ? undefined : (best.split('\u0000') as Merge);
}

/** Replaces every occurrence of the pair with its concatenation. */
export function applyMerge(word: string[], [left, right]: Merge): string[] {
  const merged: string[] = [];
  for (let i = 0; i < word.length; i++) {
    if (word[i] === left && word[i + 1] === right) {
      merged.push(left + right);
      i++;
    } else merged.push(word[i]!);
  }
  return merged;
}

/** Learns up to `count` merges from a corpus, most frequent pair first. */
export function learnMerges(corpus: string, count: number): Merge[] {
  let words = corpus.toLowerCase().split(/\s+/).filter(Boolean).map(symbols);
  const merges: Merge[] = [];
  for (let step = 0; step < count; step++) {
    const pair = mostFrequentPair(words);
    if (!pair) break;
    merges.push(pair);
    words = words.map((word) => applyMerge(word, pair));
  }
  return merges;
}

/** Encodes text by applying the learned merges in the order they were learned. */
export function encode(text: string, merges: Merge[]): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => merges.reduce((parts, merge) => applyMerge(parts, merge), symbols(word)));
}

export function decode(tokens: string[]): string {
  return tokens.join('').split('</w>').filter(Boolean).join(' ');
}
