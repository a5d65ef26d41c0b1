// The lab's data: seeded random vectors, shared out among eight tenants. No
// network and no model: the same table every run.
import { seededRandom } from '@ai-roadmap/kit';

export const dimensions = 48;
export const rowCount = 800;
export const tenants = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka'];

export interface Item {
  id: number;
  tenant: string;
  embedding: number[];
}

/**
 * `count` vectors of unit length pointing in random directions. Random vectors
 * have no clusters to help an index along, so they are the hard case: on 800 of
 * them the recall of a small HNSW graph moves visibly with ef_search. Values are
 * rounded to float32, which is what pgvector stores.
 */
export function randomUnitVectors(count: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const raw = Array.from({ length: dimensions }, () => random() * 2 - 1);
    const length = Math.hypot(...raw);
    return raw.map((value) => Math.fround(value / length));
  });
}

/** The table's rows: ids from 1, tenants taken in turn, so each tenant owns 100 rows. */
export function makeItems(): Item[] {
  return randomUnitVectors(rowCount, 2026).map((embedding, index) => ({
    id: index + 1,
    tenant: tenants[index % tenants.length]!,
    embedding,
  }));
}

/** Query vectors from the same generator but another seed: none of them is in the table. */
export const makeQueries = (count: number): number[][] => randomUnitVectors(count, 7);

/** Cosine distance, as pgvector's <=> computes it: 1 − cos θ. */
export function cosineDistance(a: number[], b: number[]): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return 1 - dot / Math.sqrt(aa * bb);
}

/** The exact k nearest ids by brute force in JavaScript: a check on the database's own exact search. */
export function bruteForceTopK(items: Item[], query: number[], k: number): number[] {
  return items
    .map((item) => ({ id: item.id, distance: cosineDistance(item.embedding, query) }))
    .sort((a, b) => a.distance - b.distance || a.id - b.id)
    .slice(0, k)
    .map((hit) => hit.id);
}

/** pgvector's text form of a vector, '[0.1,0.2,…]', to pass as a query parameter cast to ::vector. */
export const toVectorLiteral = (values: number[]): string => `[${values.join(',')}]`;
