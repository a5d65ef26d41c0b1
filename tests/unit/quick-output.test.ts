import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CappedOutput, linesStarted, type OutputMessage } from '../../src/runtime/runners/in-page/worker/output.ts';

const capture = (maxLines: number, maxChars: number, clock = { now: 0 }) => {
  const messages: OutputMessage[] = [];
  const output = new CappedOutput((message) => messages.push(structuredClone(message)), { maxLines, maxChars }, () => clock.now);
  const shown = () => messages.flatMap((message) => (message.type === 'out' ? [message.text] : [])).join('');
  return { output, messages, shown, clock };
};

test('every write is posted at once, not held for later', () => {
  const { output, messages } = capture(100, 1000);
  output.write('stdout', 'a\n');
  assert.deepEqual(messages, [{ type: 'out', stream: 'stdout', text: 'a\n' }]);
  output.write('stdout', 'b\n');
  assert.equal(messages.length, 2, 'the second write waited for a timer');
});

test('lines past the cap are dropped and counted exactly', () => {
  const { output, shown } = capture(3, 1000);
  for (let line = 0; line < 10; line++) output.write('stdout', `line ${line}\n`);
  assert.equal(shown(), 'line 0\nline 1\nline 2\n');
  assert.deepEqual(output.dropped, { lines: 7, chars: 7 * 7 });
});

test('a write spanning the cap keeps the lines that fit', () => {
  const { output, shown } = capture(2, 1000);
  output.write('stdout', 'one\ntwo\nthree\nfour\n');
  assert.equal(shown(), 'one\ntwo\n');
  assert.equal(output.dropped.lines, 2);
});

test('one huge line without a newline is cut by the character cap', () => {
  const { output, shown } = capture(5000, 100);
  output.write('stdout', 'x'.repeat(1_000_000));
  assert.equal(shown().length, 100);
  assert.deepEqual(output.dropped, { lines: 0, chars: 999_900 });
  output.write('stdout', '\nnext line\n');
  assert.equal(output.dropped.lines, 1, 'the line after the cut was not counted');
});

test('a line continued by process.stdout.write is one line, not two', () => {
  assert.equal(linesStarted('abc', true), 1);
  assert.equal(linesStarted('def\n', false), 0);
  assert.equal(linesStarted('\n', true), 1);
  assert.equal(linesStarted('a\nb\n', true), 2);
  const { output } = capture(1, 1000);
  output.write('stdout', 'progress: ');
  output.write('stdout', 'done\n');
  output.write('stdout', 'dropped\n');
  assert.equal(output.dropped.lines, 1);
});

test('past the cap, the dropped count is posted as it grows, a few milliseconds apart', () => {
  const { output, messages, clock } = capture(1, 1000);
  output.write('stdout', 'kept\n');
  output.write('stdout', 'a\n');
  output.write('stdout', 'b\n');
  clock.now = 50;
  output.write('stdout', 'c\n');
  const reports = messages.filter((message) => message.type === 'dropped');
  assert.deepEqual(reports, [
    { type: 'dropped', lines: 1, chars: 2 },
    { type: 'dropped', lines: 3, chars: 6 },
  ]);
});
