import { buildBm25Index, bm25Search } from './bm25.ts';
import { reciprocalRankFusion } from './fuse.ts';
import type { Passage } from './handbook.ts';
import { coverage } from './model.ts';
import type { Ranked } from './rank.ts';
import { rerank } from './rerank.ts';
import { buildVectorIndex, vectorSearch } from './vectors.ts';

export type RetrieverName = 'bm25' | 'vectors' | 'hybrid' | 'reranked';
export const retrieverNames: RetrieverName[] = ['bm25', 'vectors', 'hybrid', 'reranked'];

/** How many fused candidates the reranker reads. */
export const rerankDepth = 10;

export type Retrieve = (question: string) => Promise<Ranked[]>;

/**
 * The retrievers over one corpus: BM25 alone, vectors alone, the two fused with RRF, and
 * the fused top ten reranked. The reranker's scorer is a stand-in for a cross-encoder: it
 * reads question and passage together, word by word (typos allowed, identifiers exact),
 * the same measure the stand-in model answers with (coverage in model.ts).
 */
export async function createRetrievers(passages: Passage[]): Promise<Record<RetrieverName, Retrieve>> {
  const bm25Index = buildBm25Index(passages);
  const vectorIndex = await buildVectorIndex(passages);
  const bm25: Retrieve = async (question) => bm25Search(bm25Index, question);
  const vectors: Retrieve = (question) => vectorSearch(vectorIndex, question);
  const hybrid: Retrieve = async (question) => reciprocalRankFusion([await bm25(question), await vectors(question)]);
  const textOf = (id: string) => passages.find((passage) => passage.id === id)?.text ?? '';
  const reranked: Retrieve = async (question) => rerank(question, await hybrid(question), textOf, coverage, rerankDepth);
  return { bm25, vectors, hybrid, reranked };
}
