import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureTable } from '../src/failures.ts';
import { tracesV1, tracesV2 } from '../src/data/traces.ts';
import type { HumanLabel, Trace } from '../src/types.ts';

const traceWith = (id: string, human: HumanLabel): Trace => ({ id, version: 'v1', split: 'dev', question: 'q', context: [], answer: 'a', human });

test('the failure table counts failed traces by category, largest first, ties by name', () => {
  const table = failureTable([
    traceWith('a', { verdict: 'fail', category: 'too-long', note: 'first long one' }),
    traceWith('b', { verdict: 'pass' }),
    traceWith('c', { verdict: 'fail', category: 'missed-handoff', note: 'no handoff' }),
    traceWith('d', { verdict: 'fail', category: 'too-long', note: 'second long one' }),
    traceWith('e', { verdict: 'fail', note: 'odd, not grouped yet' }),
    traceWith('f', { verdict: 'pass' }),
  ]);
  assert.equal(table.traces, 6);
  assert.equal(table.failures, 4, 'count only the traces whose human.verdict is "fail"');
  assert.deepEqual(
    table.rows.map((row) => [row.category, row.count]),
    [['too-long', 2], ['missed-handoff', 1], ['uncategorised', 1]],
    'one row per category, most frequent first, ties by name; a failure without a category goes under "uncategorised"',
  );
  assert.equal(table.rows[0]!.shareOfFailures, 0.5, 'shareOfFailures is count ÷ failed traces');
  assert.equal(table.rows[0]!.shareOfTraces, 2 / 6, 'shareOfTraces is count ÷ all traces');
  assert.equal(table.rows[0]!.example, 'first long one', "example is the note of the category's first trace");
});

test("prompt v1's 45 failures fall into five categories, hallucinated details first", () => {
  const table = failureTable(tracesV1);
  assert.equal(table.failures, 45, '45 of the 150 traces of v1 failed');
  assert.deepEqual(
    table.rows.map((row) => [row.category, row.count]),
    [['hallucinated-detail', 16], ['missed-handoff', 11], ['irrelevant-context', 8], ['missing-citation', 6], ['too-long', 4]],
  );
  const total = table.rows.reduce((sum, row) => sum + row.shareOfFailures, 0);
  assert.ok(Math.abs(total - 1) < 1e-9, `the shares of failures add up to 1, not ${total}`);
});

test('a set with no failures has an empty table', () => {
  const table = failureTable([traceWith('a', { verdict: 'pass' })]);
  assert.equal(table.failures, 0);
  assert.deepEqual(table.rows, []);
});

// The data the other tests rest on: if one of these fails, the generator changed.

test('150 questions, each answered by v1 and by v2 with the same pages', () => {
  assert.equal(tracesV1.length, 150);
  assert.equal(tracesV2.length, 150);
  tracesV1.forEach((trace, i) => {
    const other = tracesV2[i]!;
    assert.equal(other.id, trace.id);
    assert.equal(other.question, trace.question);
    assert.deepEqual(other.context, trace.context);
  });
});

test('the expert passed 105 answers of v1 and 119 of v2; 60 traces are for tuning, 90 held out', () => {
  assert.equal(tracesV1.filter((trace) => trace.human.verdict === 'pass').length, 105);
  assert.equal(tracesV2.filter((trace) => trace.human.verdict === 'pass').length, 119);
  assert.equal(tracesV1.filter((trace) => trace.split === 'dev').length, 60);
  for (const trace of [...tracesV1, ...tracesV2]) {
    assert.equal(trace.human.verdict === 'fail', trace.human.note !== undefined && trace.human.category !== undefined, `${trace.id}: every failure has a note and a category, and no pass has one`);
  }
});
