import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reciprocalRankFusion } from '../src/fuse.ts';

const list = (...ids: string[]) => ids.map((id, index) => ({ id, score: 100 - index }));
const close = (actual: number | undefined, expected: number, id: string) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-12, `${id}: got ${actual}, expected ${expected}`);

test('each list adds 1 / (60 + rank) to a passage, ranks counted from 1', () => {
  const fused = reciprocalRankFusion([list('x', 'y', 'z'), list('y', 'w', 'x')]);
  const score = Object.fromEntries(fused.map(({ id, score }) => [id, score]));
  close(score['y'], 1 / 62 + 1 / 61, 'y, second then first');
  close(score['x'], 1 / 61 + 1 / 63, 'x, first then third');
  close(score['w'], 1 / 62, 'w, in one list only');
  close(score['z'], 1 / 63, 'z, in one list only');
  assert.deepEqual(fused.map(({ id }) => id), ['y', 'x', 'w', 'z'], 'two good ranks beat one first place: y (2nd and 1st) comes before x (1st and 3rd)');
});

test('only ranks count: the lists’ own scores, on any scale, do not', () => {
  const bm25 = [{ id: 'a', score: 14.2 }, { id: 'b', score: 3.1 }];
  const cosine = [{ id: 'b', score: 0.91 }, { id: 'a', score: 0.12 }];
  const fused = reciprocalRankFusion([bm25, cosine]);
  assert.equal(fused[0]!.score, fused[1]!.score, 'a and b are each once first and once second');
  assert.deepEqual(fused.map(({ id }) => id), ['a', 'b'], 'a tie is broken by id, so the order never depends on luck');
});

test('k sets how much the top ranks dominate', () => {
  const fused = reciprocalRankFusion([list('a', 'b'), list('b', 'a')], 1);
  close(fused[0]!.score, 1 / 2 + 1 / 3, fused[0]!.id);
});
