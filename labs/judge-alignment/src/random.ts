// Seeded shuffling for the generated traces. The generator is the kit's seededRandom (mulberry32):
// the same seed gives the same sequence on every run and every machine, so the data and the
// bootstrap are deterministic.

/** A copy of the list in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
