import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recommend, type ProjectFacts } from '../src/decide.ts';

const plain: ProjectFacts = { needsFreshOrPrivateData: false, dataChangesOften: false, promptingFailsOnStyle: false, labelledExamples: 0, requestsPerDay: 100 };

test('with no special need, prompt first', () => {
  const { approach, reasons } = recommend(plain);
  assert.equal(approach, 'prompt');
  assert.ok(reasons.length > 0);
});

test('knowledge the model lacks calls for retrieval', () => {
  assert.equal(recommend({ ...plain, needsFreshOrPrivateData: true, dataChangesOften: true }).approach, 'rag');
});

test('behaviour prompting cannot hold calls for fine-tuning, given enough examples', () => {
  assert.equal(recommend({ ...plain, promptingFailsOnStyle: true, labelledExamples: 2_000 }).approach, 'fine-tune');
  const few = recommend({ ...plain, promptingFailsOnStyle: true, labelledExamples: 40 });
  assert.equal(few.approach, 'prompt');
  assert.match(few.reasons.join(' '), /collect more/);
});

test('both needs together: retrieval and fine-tuning', () => {
  assert.equal(recommend({ ...plain, needsFreshOrPrivateData: true, promptingFailsOnStyle: true, labelledExamples: 1_000 }).approach, 'rag + fine-tune');
});

test('high volume with examples makes a smaller fine-tuned model worth it', () => {
  assert.equal(recommend({ ...plain, requestsPerDay: 250_000, labelledExamples: 5_000 }).approach, 'fine-tune');
});

test('the thresholds are the chapter’s: 500 labelled examples, 100,000 requests a day', () => {
  const style = { ...plain, promptingFailsOnStyle: true };
  assert.equal(recommend({ ...style, labelledExamples: 500 }).approach, 'fine-tune', '500 examples are enough to fine-tune: compare with >= 500, not > 500');
  assert.equal(recommend({ ...style, labelledExamples: 499 }).approach, 'prompt', '499 examples are not enough: the reasons should say to collect more');
  const examples = { ...plain, labelledExamples: 500 };
  assert.equal(recommend({ ...examples, requestsPerDay: 100_000 }).approach, 'fine-tune', 'at 100,000 requests a day a smaller tuned model pays: compare with >= 100,000');
  assert.equal(recommend({ ...examples, requestsPerDay: 99_999 }).approach, 'prompt', 'below 100,000 requests a day volume alone is no reason to fine-tune');
});
