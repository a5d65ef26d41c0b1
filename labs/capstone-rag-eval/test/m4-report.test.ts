// Milestone 4: the evaluation report a reviewer reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Evaluation, QuestionRecord } from '../src/evaluate.ts';
import { runEvaluation } from '../src/evaluate.ts';
import { wilsonInterval } from '../src/interval.ts';
import { renderReport } from '../src/report.ts';

const record = (n: number, hit: boolean, faithful: boolean, support = 1): QuestionRecord => ({
  question: { id: `q${String(n).padStart(2, '0')}`, question: `Question ${n}?`, evidence: `evidence ${n}` },
  retrievedIds: ['a#0', 'b#0', 'c#0', 'd#0', 'e#0'],
  firstRelevantRank: hit ? 1 : undefined,
  answer: `Answer ${n} [a#0].`,
  verdict: {
    faithful,
    sentences: [{ sentence: `Answer ${n} [a#0].`, citations: ['a#0'], support, supported: faithful, reason: faithful ? '' : `only ${Math.round(support * 100)}% of its words are in a#0` }],
  },
});

function evaluationOf(records: QuestionRecord[]): Evaluation {
  const hits = records.filter((r) => r.firstRelevantRank !== undefined).length;
  const faithful = records.filter((r) => r.verdict.faithful).length;
  return {
    k: 5,
    documents: 3,
    chunks: 9,
    maxChars: 420,
    records,
    recall: { ...wilsonInterval(hits, records.length), hits, n: records.length },
    faithfulness: { ...wilsonInterval(faithful, records.length), faithful, n: records.length },
  };
}

test('m4: the report has a table with recall@5 and faithfulness, their counts and 95% intervals', () => {
  // 8 of 10 found, 10 of 10 faithful.
  const report = renderReport(evaluationOf(Array.from({ length: 10 }, (_, i) => record(i + 1, i >= 2, true))));
  assert.match(report, /^# Evaluation report/, 'start with the title');
  assert.match(report, /\| Metric \| Value \| Count \| 95% interval \(Wilson\) \|/, 'the table header');
  assert.match(report, /\| recall@5 \| 0\.80 \| 8\/10 \| 0\.49–0\.94 \|/, 'the recall@5 row: rate, hits/n, low–high');
  assert.match(report, /\| faithfulness \| 1\.00 \| 10\/10 \| 0\.72–1\.00 \|/, 'the faithfulness row: even 10 of 10 has a low end of 0.72');
  assert.match(report, /3 documents cut into 9 chunks of at most 420 characters; 10 labelled questions; top 5/, 'say what was measured');
});

test('m4: the report lists the worst failures, at most five of each, weakest support first', () => {
  const records = [record(1, false, true), ...Array.from({ length: 7 }, (_, i) => record(i + 2, true, false, (7 - i) / 10)), record(9, true, true)];
  const report = renderReport(evaluationOf(records));
  assert.match(report, /## Worst failures: retrieval \(1\)/);
  assert.match(report, /- \*\*q01\*\* Question 1\? .*evidence 1.*a#0, b#0, c#0, d#0, e#0/, 'a miss names its evidence and what was retrieved instead');
  assert.match(report, /## Worst failures: faithfulness \(7\)/);
  const section = report.split('## Worst failures: faithfulness')[1]!;
  const listed = [...section.matchAll(/- \*\*(q\d+)\*\*/g)].map((match) => match[1]);
  assert.deepEqual(listed, ['q08', 'q07', 'q06', 'q05', 'q04'], 'the five weakest answers (support 0.1, 0.2, …), weakest first');
  assert.match(section, /… and 2 more/, 'say how many were left out');
  assert.match(section, /only 10% of its words are in a#0/, 'give the reason of the weakest sentence');
});

test('m4: the report says so when nothing failed', () => {
  const report = renderReport(evaluationOf([record(1, true, true), record(2, true, true)]));
  assert.match(report, /## Worst failures: retrieval \(0\)\n\nNone\./);
  assert.match(report, /## Worst failures: faithfulness \(0\)\n\nNone\./);
});

test('m4: the report of the real run carries its measured numbers and names its failures', async () => {
  const evaluation = await runEvaluation();
  const report = renderReport(evaluation);
  const { recall, faithfulness } = evaluation;
  assert.ok(report.includes(`| recall@5 | ${recall.rate.toFixed(2)} | ${recall.hits}/${recall.n} | ${recall.low.toFixed(2)}–${recall.high.toFixed(2)} |`), 'the recall@5 row of the real run');
  assert.ok(report.includes(`| faithfulness | ${faithfulness.rate.toFixed(2)} | ${faithfulness.faithful}/${faithfulness.n} |`), 'the faithfulness row of the real run');
  for (const missed of evaluation.records.filter((r) => r.firstRelevantRank === undefined).slice(0, 5)) assert.ok(report.includes(`**${missed.question.id}**`), `the miss ${missed.question.id} is listed`);
});
