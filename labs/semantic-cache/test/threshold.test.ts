import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calibration } from '../src/questions.ts';
import { chooseThreshold, labelledPairs, ratesAt, type LabelledPair } from '../src/threshold.ts';

const pair = (similarity: number, sameAnswer: boolean): LabelledPair => ({ a: 'a', b: 'b', similarity, sameAnswer });
// Four same-answer pairs and five different-answer pairs, with similarities chosen by hand.
const pairs = [pair(0.9, true), pair(0.7, true), pair(0.55, true), pair(0.3, true), pair(0.6, false), pair(0.5, false), pair(0.2, false), pair(0.1, false), pair(0.05, false)];

test('ratesAt counts the share of same-answer and of different-answer pairs at or above the threshold', () => {
  assert.deepEqual(ratesAt(pairs, 0.55), { threshold: 0.55, hitRate: 3 / 4, falseHitRate: 1 / 5 }, 'at 0.55, three of four same-answer pairs and one of five different-answer pairs reach it (at or above counts)');
  assert.deepEqual(ratesAt(pairs, 0.95), { threshold: 0.95, hitRate: 0, falseHitRate: 0 });
  assert.throws(() => ratesAt([pair(0.5, true)], 0.5), /different-answer/, 'pairs of only one kind cannot give both rates: say so');
});

test('chooseThreshold picks the lowest threshold within the false-hit budget', () => {
  const none = chooseThreshold(pairs, 0);
  assert.equal(none.threshold, 0.61, 'with no false hits allowed, the threshold must pass the 0.6 different-answer pair: 0.61 is the lowest candidate that does');
  assert.equal(none.hitRate, 2 / 4);
  assert.equal(chooseThreshold(pairs, 0.2).threshold, 0.51, 'one false pair in five (20%) is allowed, so 0.51 is enough');
});

test('on the calibration set, the chosen threshold lets no different-answer pair through and serves some paraphrases', () => {
  const calibrationPairs = labelledPairs(calibration);
  const chosen = chooseThreshold(calibrationPairs, 0);
  const highestDifferent = Math.max(...calibrationPairs.filter((item) => !item.sameAnswer).map((item) => item.similarity));
  assert.ok(chosen.threshold > highestDifferent, `the threshold ${chosen.threshold} must be above the most similar different-answer pair (${highestDifferent.toFixed(3)})`);
  assert.ok(chosen.threshold - 0.01 <= highestDifferent, 'and it should be the lowest such candidate: every point lower gives up hits for nothing');
  assert.ok(chosen.hitRate > 0, 'some same-answer pairs should still be served');
});
