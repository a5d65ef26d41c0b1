import type { Evaluation, QuestionRecord } from './evaluate.ts';
import { cell, formatInterval, share } from './format.ts';

/** At most this many failures of each kind are listed. */
export const maxFailuresListed = 5;

const missLine = (record: QuestionRecord, k: number): string =>
  `- **${record.question.id}** ${cell(record.question.question)} — no chunk in the top ${k} holds “${cell(record.question.evidence)}”; retrieved ${record.retrievedIds.join(', ')}`;

function unfaithfulLine(record: QuestionRecord): string {
  const worst = record.verdict.sentences.filter((sentence) => !sentence.supported).sort((a, b) => a.support - b.support)[0];
  return `- **${record.question.id}** ${cell(record.question.question)} — answered “${cell(record.answer)}”: ${worst ? `a sentence ${worst.reason}` : 'the answer has no sentence'}`;
}

/** The lowest support among an answer's sentences (0 for an answer with none). */
const weakest = (record: QuestionRecord): number => (record.verdict.sentences.length === 0 ? 0 : Math.min(...record.verdict.sentences.map((sentence) => sentence.support)));

/** The evaluation as a markdown report: what was measured, the metrics with their intervals, and the worst failures. */
export function renderReport(evaluation: Evaluation): string {
  const { k, recall, faithfulness } = evaluation;
  const misses = evaluation.records.filter((record) => record.firstRelevantRank === undefined);
  const unfaithful = evaluation.records.filter((record) => !record.verdict.faithful).sort((a, b) => weakest(a) - weakest(b) || (a.question.id < b.question.id ? -1 : 1));
  const list = (records: QuestionRecord[], line: (record: QuestionRecord) => string): string[] =>
    records.length === 0 ? ['None.'] : [...records.slice(0, maxFailuresListed).map(line), ...(records.length > maxFailuresListed ? [`- … and ${records.length - maxFailuresListed} more`] : [])];
  return [
    '# Evaluation report',
    '',
    `${evaluation.documents} documents cut into ${evaluation.chunks} chunks of at most ${evaluation.maxChars} characters; ${recall.n} labelled questions; top ${k} retrieved for each.`,
    '',
    '| Metric | Value | Count | 95% interval (Wilson) |',
    '| --- | --- | --- | --- |',
    `| recall@${k} | ${share(recall.rate)} | ${recall.hits}/${recall.n} | ${share(recall.low)}–${share(recall.high)} |`,
    `| faithfulness | ${share(faithfulness.rate)} | ${faithfulness.faithful}/${faithfulness.n} | ${share(faithfulness.low)}–${share(faithfulness.high)} |`,
    '',
    `recall@${k}: ${formatInterval(recall)}. faithfulness: ${formatInterval(faithfulness)}.`,
    '',
    `## Worst failures: retrieval (${misses.length})`,
    '',
    ...list(misses, (record) => missLine(record, k)),
    '',
    `## Worst failures: faithfulness (${unfaithful.length})`,
    '',
    ...list(unfaithful, unfaithfulLine),
    '',
  ].join('\n');
}
