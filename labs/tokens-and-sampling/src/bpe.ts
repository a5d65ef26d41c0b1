export type Merge = [string, string];

/** Splits a word into characters, with an end-of-word marker so merges cannot cross words. */
const symbols = (word: string): string[] => [...word, '</w>'];

/** The most frequent adjacent pair across all words (ties: the pair seen first). */
export function mostFrequentPair(words: string[][]): Merge | undefined {
  // TODO: count every adjacent pair (word[i], word[i + 1]) across all words and
  // return the most frequent one, or undefined when no word has two symbols.
  return undefined;
}

/** Replaces every occurrence of the pair with its concatenation. */
export function applyMerge(word: string[], [left, right]: Merge): string[] {
  // TODO: walk the word; where word[i] is left and word[i + 1] is right, emit
  // left + right and skip a symbol; otherwise emit word[i].
  return word;
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
