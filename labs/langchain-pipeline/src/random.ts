import { seededRandom } from '@ai-roadmap/kit';

/** A shuffled copy of `items` (Fisher–Yates), the same for the same seed (the kit's mulberry32). */
export function seededShuffle<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
