// Milestone 3: answer with citations, and judge each answer sentence against what it cites.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerQuestion } from '../src/answer.ts';
import type { Chunk } from '../src/chunk.ts';
import { runEvaluation } from '../src/evaluate.ts';
import { judgeAnswer, judgeSentence } from '../src/faithfulness.ts';

const fees: Chunk = { id: 'fees#0', docId: 'fees', title: 'Prices and fees', text: 'A classic bike costs 10 pence a minute. An e-bike ride also pays an unlock fee of 1 pound.' };
const plans: Chunk = { id: 'plans#0', docId: 'plans', title: 'Membership plans', text: 'Monthly costs 14 pounds and includes the first 45 minutes of each ride.' };
const retrieved = [fees, plans];

test('m3: a sentence taken from the chunk it cites is supported', () => {
  const verdict = judgeSentence('An e-bike ride also pays an unlock fee of 1 pound [fees#0].', retrieved);
  assert.equal(verdict.supported, true, verdict.reason);
  assert.equal(verdict.support, 1);
  assert.deepEqual(verdict.citations, ['fees#0']);
});

test('m3: a sentence that cites nothing is not supported, however true it is', () => {
  const verdict = judgeSentence('Monthly costs 14 pounds.', retrieved);
  assert.equal(verdict.supported, false, 'every sentence must cite the passage it comes from');
  assert.match(verdict.reason, /cites no passage/);
});

test('m3: a sentence that cites a chunk which was not retrieved is not supported', () => {
  const verdict = judgeSentence('Monthly costs 14 pounds [plans#3].', retrieved);
  assert.equal(verdict.supported, false);
  assert.match(verdict.reason, /plans#3, which was not retrieved/);
});

test('m3: a sentence whose words are mostly not in the cited chunk is not supported', () => {
  // Content words (three letters or more): monthly, costs, pounds, refunded, cancelled, within, days: 3 of 7 are in plans#0.
  const verdict = judgeSentence('Monthly costs 14 pounds, refunded if cancelled within 14 days [plans#0].', retrieved);
  assert.equal(verdict.supported, false);
  assert.ok(Math.abs(verdict.support - 3 / 7) < 1e-9, `support should be 3 of 7 content words, got ${verdict.support}`);
  assert.match(verdict.reason, /only 43% of its words are in plans#0/);
});

test('m3: the citation counts against the right chunk: words from another chunk do not help', () => {
  const verdict = judgeSentence('An e-bike ride also pays an unlock fee of 1 pound [plans#0].', retrieved);
  assert.equal(verdict.supported, false, 'the words are in fees#0, but the sentence cites plans#0');
});

test('m3: the stand-in’s made-up answer is caught, and its grounded answer passes', async () => {
  const grounded = await answerQuestion('What is the unlock fee for an e-bike ride?', retrieved);
  assert.equal(judgeAnswer(grounded, retrieved).faithful, true, `this answer copies fees#0: ${grounded}`);
  const madeUp = await answerQuestion('Can my kid use the scheme on their own at fifteen?', retrieved);
  const verdict = judgeAnswer(madeUp, retrieved);
  assert.equal(verdict.faithful, false, `the stand-in guessed, citing a passage that does not say it: ${madeUp}`);
});

test('m3: faithfulness on the labelled set is the share of fully supported answers, with its interval', async () => {
  const { faithfulness, records } = await runEvaluation();
  assert.equal(faithfulness.faithful, records.filter((record) => record.verdict.faithful).length);
  assert.ok(faithfulness.faithful < records.length, 'some of the stand-in’s answers are made up: the rule must catch them');
  assert.ok(faithfulness.faithful >= records.length / 2, `only ${faithfulness.faithful} of ${records.length} answers judged faithful: is a copied sentence judged supported?`);
  assert.ok(faithfulness.low < faithfulness.rate && faithfulness.rate < faithfulness.high, `faithfulness needs an interval around it: ${JSON.stringify(faithfulness)}`);
});
