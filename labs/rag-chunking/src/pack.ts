import { countTokens } from '@ai-roadmap/kit/tokens';

/**
 * Greedy packing: joins consecutive pieces with `joiner` while the result stays within
 * `maxTokens`, and starts a new chunk when the next piece would not fit. A piece that is
 * too long on its own becomes a chunk of its own: split such pieces before packing.
 */
export function packPieces(pieces: string[], joiner: string, maxTokens: number): string[] {
  const packed: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current === '' ? piece : current + joiner + piece;
    if (countTokens(joined) <= maxTokens) {
      current = joined;
      continue;
    }
    if (current !== '') packed.push(current);
    current = piece;
  }
  if (current !== '') packed.push(current);
  return packed;
}
