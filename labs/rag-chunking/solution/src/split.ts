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
  if (countTokens(text) <= maxTokens) return [text];
  const separator = separators[level];
  if (!separator) return cutBetweenTokens(text, maxTokens);
  const parts = text.split(separator.split).filter((part) => part.trim() !== '');
  const fitting = parts.flatMap((part) => splitRecursively(part, maxTokens, level + 1));
  return packPieces(fitting, separator.joiner, maxTokens);
}

function cutBetweenTokens(text: string, maxTokens: number): string[] {
  const pieces = tokenize(text);
  const cuts: string[] = [];
  for (let start = 0; start < pieces.length; start += maxTokens) cuts.push(pieces.slice(start, start + maxTokens).join(''));
  return cuts;
}
