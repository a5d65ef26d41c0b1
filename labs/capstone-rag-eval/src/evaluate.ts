import type { EmbeddingModel, LanguageModel } from 'ai';
import { answerQuestion } from './answer.ts';
import { chunkCorpus, defaultMaxChars } from './chunk.ts';
import { corpus as defaultCorpus, type SourceDocument } from './corpus.ts';
import { buildIndex } from './embed-index.ts';
import { judgeAnswer, type FaithfulnessVerdict } from './faithfulness.ts';
import { wilsonInterval, type Interval } from './interval.ts';
import { questions as defaultQuestions, type LabelledQuestion } from './questions.ts';
import { isRelevant } from './relevance.ts';
import { retrieve } from './retrieve.ts';

export interface QuestionRecord {
  question: LabelledQuestion;
  /** The ids of the top k chunks, best first. */
  retrievedIds: string[];
  /** The 1-based rank of the first relevant chunk, or undefined when none is in the top k. */
  firstRelevantRank: number | undefined;
  answer: string;
  verdict: FaithfulnessVerdict;
}

export interface Evaluation {
  k: number;
  documents: number;
  chunks: number;
  maxChars: number;
  records: QuestionRecord[];
  /** Questions with a relevant chunk in the top k. */
  recall: Interval & { hits: number; n: number };
  /** Answers whose every sentence is supported by a chunk it cites. */
  faithfulness: Interval & { faithful: number; n: number };
}

export interface EvaluationOptions {
  corpus?: SourceDocument[];
  questions?: LabelledQuestion[];
  k?: number;
  maxChars?: number;
  model?: LanguageModel;
  embeddingModel?: EmbeddingModel;
}

/** The whole pipeline on the labelled set: chunk, index, retrieve the top k, answer, judge. */
export async function runEvaluation(options: EvaluationOptions = {}): Promise<Evaluation> {
  const { corpus = defaultCorpus, questions = defaultQuestions, k = 5, maxChars = defaultMaxChars } = options;
  if (questions.length === 0) throw new Error('runEvaluation: the labelled question set is empty');
  const chunks = chunkCorpus(corpus, maxChars);
  const index = await buildIndex(chunks, options.embeddingModel);
  const records: QuestionRecord[] = [];
  for (const question of questions) {
    const retrieved = (await retrieve(index, question.question, k)).map(({ chunk }) => chunk);
    const rank = retrieved.findIndex((chunk) => isRelevant(chunk, question.evidence));
    const answer = await answerQuestion(question.question, retrieved, options.model);
    records.push({
      question,
      retrievedIds: retrieved.map((chunk) => chunk.id),
      firstRelevantRank: rank === -1 ? undefined : rank + 1,
      answer,
      verdict: judgeAnswer(answer, retrieved),
    });
  }
  const hits = records.filter((record) => record.firstRelevantRank !== undefined).length;
  const faithful = records.filter((record) => record.verdict.faithful).length;
  return {
    k,
    documents: corpus.length,
    chunks: chunks.length,
    maxChars,
    records,
    recall: { ...wilsonInterval(hits, records.length), hits, n: records.length },
    faithfulness: { ...wilsonInterval(faithful, records.length), faithful, n: records.length },
  };
}
