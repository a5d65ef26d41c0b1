import { countTokens, tokenize } from '@ai-roadmap/kit/tokens';
import { packPieces } from './pack.ts';

/** Where to cut a text that is too long, from the most natural boundary to the least. */
export const separators: Array<{ name: string; split: RegExp; joiner: string }> = [
  { name: 'lines', split: /\n+/, joiner: '\n' },
  { name: 'sentences', split: /(?<=[.!?;:])\s+/, joiner: ' ' },
  { name: 'words', split: /\s+/, joiner: ' ' },
];

/**
 * Recursive splitting: cut the text at the first kind of boundary in `separators`,
 * pack the parts back together up to maxTokens, and split again, at the next kind
 * of boundary, any part that is still too long on its own. A single word longer than
 * the cap is cut between tokens as a last resort.
 */
export function splitRecursively(text: string, maxTokens: number, level = 0): string[] {
  // TODO: a text within maxTokens is returned as it is. Otherwise split it with
  // separators[level], split each part again with splitRecursively(part, maxTokens,
  // level + 1), and pack the results with packPieces and that separator's joiner.
  // When there is no separator left, cut the text's tokenize() pieces into runs of
  // maxTokens.
  void countTokens;
  void tokenize;
  void packPieces;
  return [text];
}
