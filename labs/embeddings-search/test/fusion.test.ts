import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reciprocalRankFusion } from '../src/fusion.ts';

test('reciprocal rank fusion adds 1 / (k + place) from each ranking', () => {
  // a: 1/61 + 1/63, b: 1/62 + 1/61, c: 1/63 + 1/62, so b comes first and c last.
  assert.deepEqual(reciprocalRankFusion([['a', 'b', 'c'], ['b', 'c', 'a']]), ['b', 'a', 'c']);
  // A document that only one ranking holds gets that ranking's share alone.
  assert.deepEqual(reciprocalRankFusion([['a', 'b'], ['b']]), ['b', 'a']);
  assert.deepEqual(reciprocalRankFusion([['a', 'b', 'c']]), ['a', 'b', 'c'], 'one ranking fused alone keeps its order');
  assert.deepEqual(reciprocalRankFusion([]), []);
});

test('reciprocal rank fusion breaks ties by id', () => {
  // a and b each come 1st once and 2nd once.
  assert.deepEqual(reciprocalRankFusion([['b', 'a'], ['a', 'b']]), ['a', 'b']);
});

test('reciprocal rank fusion: k sets how much one first place outweighs agreement', () => {
  // a is 1st and 5th; b is 3rd and 2nd.
  const rankings = [['a', 'x', 'b', 'y', 'z'], ['y', 'b', 'x', 'z', 'a']];
  const placeOf = (fused: string[], id: string) => fused.indexOf(id);
  const gentle = reciprocalRankFusion(rankings);
  assert.ok(placeOf(gentle, 'b') < placeOf(gentle, 'a'), `with k = 60, b (1/63 + 1/62) should beat a (1/61 + 1/65): ${gentle.join(', ')}`);
  const steep = reciprocalRankFusion(rankings, 1);
  assert.ok(placeOf(steep, 'a') < placeOf(steep, 'b'), `with k = 1, a (1/2 + 1/6) should beat b (1/4 + 1/3): ${steep.join(', ')}`);
});
