// The in-page runner's node:assert fails with the messages Node's own writes:
// each case runs against both, and the two messages must be the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as nodeAssert from 'node:assert';
import { assertModule, strictModule } from '../../src/runtime/runners/in-page/worker/shims/assert.ts';
import { diffMessage, lineEdits } from '../../src/runtime/runners/in-page/worker/shims/assert-diff.ts';

type Assert = typeof nodeAssert.strict;
class Point {
  x: number;
  constructor(x: number) {
    this.x = x;
  }
}
const range = (length: number, change?: [number, number]) => Array.from({ length }, (_, i) => (change && i === change[0] ? change[1] : i));

const strictCases: Array<[string, (a: Assert) => unknown]> = [
  ['ok with a message', (a) => a.ok(false, 'cond should hold')],
  ['ok with no argument', (a) => (a.ok as () => void)()],
  ['strictEqual of numbers', (a) => a.strictEqual(1 + 1, 3)],
  ['strictEqual of strings', (a) => a.strictEqual('hello world', 'hello there')],
  ['strictEqual of 0.1 + 0.2', (a) => a.strictEqual(0.1 + 0.2, 0.3)],
  ['strictEqual of 0 and -0', (a) => a.strictEqual(0, -0)],
  ['strictEqual of multi-line strings', (a) => a.strictEqual('a\nb\nc', 'a\nB\nc')],
  ['strictEqual with a message', (a) => a.strictEqual(1, 2, 'numbers differ')],
  ['strictEqual of two objects', (a) => a.strictEqual({ a: 1 }, { a: 1 })],
  ['strictEqual of an object and a number', (a) => a.strictEqual({ a: 1 } as unknown, 1)],
  ['deepStrictEqual of objects', (a) => a.deepStrictEqual({ a: 1, b: [1, 2, 3], c: 'x' }, { a: 1, b: [1, 2, 4], c: 'x' })],
  ['deepStrictEqual of arrays of two lengths', (a) => a.deepStrictEqual([1, 2, 3], [1, 2, 3, 4])],
  ['deepStrictEqual with a message', (a) => a.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ')],
  ['deepStrictEqual of long arrays (unchanged runs cut)', (a) => a.deepStrictEqual(range(30), range(30, [15, 99]))],
  ['deepStrictEqual of ranked results', (a) => a.deepStrictEqual([{ id: 'a', score: 0.5 }, { id: 'b', score: 0.4 }], [{ id: 'b', score: 0.4 }, { id: 'a', score: 0.5 }])],
  ['deepStrictEqual of an array and an object', (a) => a.deepStrictEqual([1, 2] as unknown, { 0: 1, 1: 2 })],
  ['deepStrictEqual of Maps', (a) => a.deepStrictEqual(new Map([['a', 1], ['b', 2]]), new Map([['a', 1], ['b', 3]]))],
  ['deepStrictEqual of classes, Sets, Dates and RegExps', (a) => a.deepStrictEqual([new Point(1), new Set([1, 2]), new Date(0), /re/g, "q's"], [new Point(2), new Set([1, 2]), new Date(0), /re/g, "q's"])],
  ['deepStrictEqual of matrices', (a) => a.deepStrictEqual([[1, 0, 0], [0.5, 0.5, 0]], [[1, 0, 0], [0.29, 0.71, 0]])],
  ['notStrictEqual', (a) => a.notStrictEqual(1, 1)],
  ['notDeepStrictEqual', (a) => a.notDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] })],
  ['match', (a) => a.match('abc', /x/)],
  ['throws with nothing thrown', (a) => a.throws(() => {})],
  ['throws a class, with a message', (a) => a.throws(() => {}, TypeError, 'want type error')],
  ['doesNotThrow', (a) => a.doesNotThrow(() => { throw new Error('boom'); })],
  ['fail', (a) => a.fail('boom')],
];

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return '(nothing thrown)';
};

for (const [name, fn] of strictCases) {
  test(`node:assert/strict: ${name} fails with Node's message`, () => {
    const node = messageOf(() => fn(nodeAssert.strict));
    assert.notEqual(node, '(nothing thrown)');
    assert.equal(messageOf(() => fn(strictModule as unknown as Assert)), node);
  });
}

test("node:assert's loose equal and deepEqual fail with Node's message", () => {
  const loose = nodeAssert.default as unknown as typeof assertModule;
  for (const fn of [(a: typeof assertModule) => a.equal(1, 2), (a: typeof assertModule) => a.deepEqual({ a: 1 }, { a: 2 })]) {
    assert.equal(messageOf(() => fn(assertModule)), messageOf(() => fn(loose)));
  }
});

test('a failing assert.ok with a message says only the message, as node --test prints it', () => {
  assert.equal(messageOf(() => strictModule.ok(false, 'the count should be positive')), 'the count should be positive');
  assert.equal(messageOf(() => strictModule(0, new RangeError('own error'))), 'own error');
});

test('the diff marks each side and keeps the unchanged lines around a change', () => {
  const message = diffMessage({ id: 'a', score: 0.5 }, { id: 'a', score: 0.4 }, 'deepStrictEqual');
  assert.equal(message, "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    id: 'a',\n+   score: 0.5\n-   score: 0.4\n  }\n");
  assert.deepEqual(
    lineEdits(['a', 'b', 'c'], ['a', 'c'], false)?.map((edit) => `${edit.op}:${edit.line}`),
    ['same:a', 'added:b', 'same:c'],
  );
});
