import type { Chunk } from './chunk.ts';

const normalise = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

/** A chunk is relevant to a labelled question when it contains the question's evidence (case and white space ignored). */
export const isRelevant = (chunk: Chunk, evidence: string): boolean => normalise(chunk.text).includes(normalise(evidence));
