import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultMessageLimits, MessageGuard } from '../../src/runtime/runners/in-page/message-guard.ts';

const guard = (maxOutputChars = 100) => new MessageGuard(defaultMessageLimits(maxOutputChars));

test('well-formed messages are accepted, and only the fields the page knows are kept', () => {
  const checked = guard().check({ type: 'test', result: { name: 'adds', passed: true, durationMs: 3, extra: 'dropped' } });
  assert.deepEqual(checked, { ok: true, message: { type: 'test', result: { name: 'adds', passed: true, durationMs: 3 } } });
  assert.equal(guard().check({ type: 'out', stream: 'stdout', text: 'hi\n' }).ok, true);
  assert.equal(guard().check({ type: 'usage', event: { provider: 'p', modelId: 'm', inputTokens: 3, outputTokens: 4 } }).ok, true);
  assert.deepEqual(guard().check({ type: 'started', extra: 'dropped' }), { ok: true, message: { type: 'started' } });
  assert.deepEqual(guard().check({ type: 'compiled-file', path: 'src/a.ts', code: 'x', extra: 1 }), { ok: true, message: { type: 'compiled-file', path: 'src/a.ts', code: 'x' } });
});

test('the end message does not carry the verdict: its list of tests is not kept', () => {
  const checked = guard().check({ type: 'end', exitCode: 0, crashed: false, droppedLines: 0, droppedChars: 0, tests: [{ name: 'forged', passed: true }] });
  assert.deepEqual(checked, { ok: true, message: { type: 'end', exitCode: 0, crashed: false, outOfMemory: false, droppedLines: 0, droppedChars: 0 } });
});

test('a message of the wrong shape or type ends the run', () => {
  for (const data of [
    null,
    'end',
    { type: 'ready', secret: 'x' },
    { type: 'out', stream: 'stdin', text: 'x' },
    { type: 'out', stream: 'stdout', text: 42 },
    { type: 'test', result: { name: 'x', passed: 'yes' } },
    { type: 'test', result: { name: 'x'.repeat(2_001), passed: true } },
    { type: 'usage', event: { provider: 'p', modelId: 'm', inputTokens: -1, outputTokens: 0 } },
    { type: 'usage', event: { provider: 'p', modelId: 'm', inputTokens: Number.NaN, outputTokens: 0 } },
    { type: 'end', exitCode: 0.5, crashed: false, droppedLines: 0, droppedChars: 0 },
    { type: 'dropped', lines: '3', chars: 0 },
    { type: 'compiled-file', path: 'src/a.ts', code: 7 },
    { type: 'compiled-file', path: 'a'.repeat(501), code: '' },
  ]) {
    const checked = guard().check(data);
    assert.equal(checked.ok, false, JSON.stringify(data));
    assert.match(checked.ok ? '' : checked.reason, /does not accept/);
  }
});

test('output past the page’s own cap ends the run, whatever the worker claims', () => {
  const checking = guard(10);
  assert.equal(checking.check({ type: 'out', stream: 'stdout', text: '12345' }).ok, true);
  assert.equal(checking.check({ type: 'out', stream: 'stderr', text: '67890' }).ok, true);
  const over = checking.check({ type: 'out', stream: 'stdout', text: '!' });
  assert.deepEqual(over, { ok: false, reason: 'it sent more output than the page accepts (10 characters)' });
});

test('more test results or usage reports than the page accepts end the run', () => {
  const checking = guard();
  const usage = { type: 'usage', event: { provider: 'p', modelId: 'm', inputTokens: 1, outputTokens: 1 } };
  for (let index = 0; index < 10_000; index++) assert.equal(checking.check(usage).ok, true);
  assert.deepEqual(checking.check(usage), { ok: false, reason: 'it sent too many messages: more than 10,000 usage reports' });
  const tests = guard();
  const result = { type: 'test', result: { name: 't', passed: true } };
  for (let index = 0; index < 10_000; index++) tests.check(result);
  assert.match((tests.check(result) as { reason: string }).reason, /more than 10,000 test results/);
});
