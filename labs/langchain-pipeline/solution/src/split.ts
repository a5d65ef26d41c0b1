// Keeping the test split out of everything the optimiser sees.
import type { Example } from './tickets.ts';

/** A ticket's text as a duplicate check sees it: lower-case, no punctuation, single spaces. */
export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The training examples whose ticket does not also appear, normalised, in the test split. */
export function removeLeaks(train: Example[], test: Example[]): Example[] {
  const held = new Set(test.map((example) => normalise(example.ticket)));
  return train.filter((example) => !held.has(normalise(example.ticket)));
}
