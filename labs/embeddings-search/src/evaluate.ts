import { queries } from './corpus.ts';
import { meanReciprocalRank, recallAtK } from './metrics.ts';
import { reciprocalRankFusion } from './fusion.ts';
import { denseRanker, lexicalRanker, type Ranker } from './rankers.ts';

export interface EvaluatedQuery {
  query: string;
  kind: string;
  expected: string;
  /** Every document, best first. */
  retrieved: string[];
  /** The score of each retrieved document, in the same order (cosines; empty for the fused ranking). */
  scores: number[];
}

/** A metric overall and for each kind of query. */
export interface ByKind {
  overall: number;
  lexical: number;
  semantic: number;
}

export interface MethodResult {
  name: string;
  rows: EvaluatedQuery[];
  recall: ByKind;
  mrr: ByKind;
}

export interface Evaluation {
  k: number;
  lexical: MethodResult;
  dense: MethodResult;
  hybrid: MethodResult;
}

async function rankAll(ranker: Ranker): Promise<EvaluatedQuery[]> {
  const rows: EvaluatedQuery[] = [];
  for (const { query, expected, kind } of queries) {
    const hits = await ranker.rank(query);
    rows.push({ query, kind, expected, retrieved: hits.map((hit) => hit.id), scores: hits.map((hit) => hit.score) });
  }
  return rows;
}

function summarise(name: string, rows: EvaluatedQuery[], k: number): MethodResult {
  const byKind = (metric: (subset: EvaluatedQuery[]) => number): ByKind => ({
    overall: metric(rows),
    lexical: metric(rows.filter((row) => row.kind === 'lexical')),
    semantic: metric(rows.filter((row) => row.kind === 'semantic')),
  });
  return { name, rows, recall: byKind((subset) => recallAtK(subset, k)), mrr: byKind(meanReciprocalRank) };
}

/**
 * Ranks every labelled query lexically, densely, and by fusing those two rankings, and
 * measures each with recall@k and mean reciprocal rank, overall and per kind of query.
 */
export async function evaluate(k = 3): Promise<Evaluation> {
  const [lexical, dense] = await Promise.all([lexicalRanker(), denseRanker()]);
  const lexicalRows = await rankAll(lexical);
  const denseRows = await rankAll(dense);
  const hybridRows = lexicalRows.map((row, position) => ({
    ...row,
    retrieved: reciprocalRankFusion([row.retrieved, denseRows[position]!.retrieved]),
    scores: [],
  }));
  return {
    k,
    lexical: summarise(lexical.name, lexicalRows, k),
    dense: summarise(dense.name, denseRows, k),
    hybrid: summarise('hybrid (reciprocal rank fusion of the two, k = 60)', hybridRows, k),
  };
}
