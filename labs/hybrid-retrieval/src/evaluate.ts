import { handbook } from './handbook.ts';
import { meanReciprocalRank, recallAtK, type Outcome } from './metrics.ts';
import { questions, type QuestionKind } from './questions.ts';
import { createRetrievers, retrieverNames, type RetrieverName } from './retrieve.ts';

export interface Scores {
  recall: number;
  mrr: number;
}

export type RetrieverReport = Scores & { byKind: Record<QuestionKind, Scores>; outcomes: Array<Outcome & { question: string; kind: QuestionKind }> };

const kinds: QuestionKind[] = ['exact', 'fuzzy', 'plain', 'paraphrase'];

/** Runs every labelled question through each retriever and scores recall@k and MRR, overall and by kind. */
export async function evaluateRetrievers(k = 3): Promise<Record<RetrieverName, RetrieverReport>> {
  const retrievers = await createRetrievers(handbook);
  const report = {} as Record<RetrieverName, RetrieverReport>;
  for (const name of retrieverNames) {
    const outcomes: RetrieverReport['outcomes'] = [];
    for (const { question, kind, relevant } of questions) {
      outcomes.push({ question, kind, relevant, retrieved: (await retrievers[name](question)).map(({ id }) => id) });
    }
    const scores = (subset: Outcome[]): Scores => ({ recall: recallAtK(subset, k), mrr: meanReciprocalRank(subset) });
    const byKind = Object.fromEntries(kinds.map((kind) => [kind, scores(outcomes.filter((outcome) => outcome.kind === kind))])) as Record<QuestionKind, Scores>;
    report[name] = { ...scores(outcomes), byKind, outcomes };
  }
  return report;
}
