import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { TapParser } from '../../src/runtime/runners/webcontainer/tap.ts';

// Real TAP from this Node's test runner, so the parser is checked against what node:test writes.
function realTap(...fixtures: string[]): string {
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  const files = (fixtures.length ? fixtures : ['demo']).map((name) => `tests/unit/fixtures/tap-${name}.fixture.ts`);
  return spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files], { encoding: 'utf8', env }).stdout;
}

test('node:test TAP becomes one result per test, suites folded into names', () => {
  const parser = new TapParser();
  parser.push(realTap());
  const byName = Object.fromEntries(parser.end().map((result) => [result.name, result]));
  assert.deepEqual(Object.keys(byName), ['adds', 'fails with a message', 'suite › inner passes', 'suite › inner fails']);
  assert.equal(byName['adds']?.passed, true);
  assert.equal(byName['fails with a message']?.passed, false);
  assert.match(byName['fails with a message']?.message ?? '', /^two and two make four\n\n4 !== 5$/);
  assert.match(byName['suite › inner fails']?.message ?? '', /Expected values to be strictly deep-equal:\n\+ actual - expected\n\n  \{\n\+   a: 1/);
  assert.equal(typeof byName['adds']?.durationMs, 'number');
});

test('TAP split into arbitrary chunks gives the same results, reported as they finish', () => {
  const tap = realTap();
  const whole = new TapParser();
  whole.push(tap);
  const streamed: string[] = [];
  const parser = new TapParser((result) => streamed.push(result.name));
  for (let offset = 0; offset < tap.length; offset += 13) parser.push(tap.slice(offset, offset + 13));
  assert.deepEqual(parser.end(), whole.end());
  assert.equal(streamed.length, 4);
});

test('what the tests print, and a test file’s crash, come out as output while the results still become the checklist', () => {
  const output: string[] = [];
  const parser = new TapParser(() => {}, (text) => output.push(text));
  parser.push(realTap('demo', 'prints', 'crash'));
  const results = parser.end();
  const printed = output.join('');
  assert.match(printed, /^total cost: 3 # tokens \\ units$/m, 'console.log, unescaped');
  assert.match(printed, /^a warning on stderr$/m, 'console.error');
  assert.match(printed, /Error: the lab module failed to load/, 'the crash’s error');
  assert.doesNotMatch(printed, /TAP version|^\s*(not )?ok \d|# Subtest|duration_ms|^# (tests|pass|fail) \d|^\s*(---|\.\.\.)$|^\s*1\.\.\d/m, printed);
  // Files run in parallel, so their results come in any order.
  assert.deepEqual(
    results.map((result) => `${result.passed ? 'pass' : 'fail'} ${result.name}`).sort(),
    ['fail fails with a message', 'fail suite › inner fails', 'fail tests/unit/fixtures/tap-crash.fixture.ts', 'pass adds', 'pass prints while it runs', 'pass suite › inner passes'],
  );
});

test('lines that are not TAP at all, such as npm’s own error, are output', () => {
  const output: string[] = [];
  const parser = new TapParser(() => {}, (text) => output.push(text));
  parser.push('\u001b[31mnpm error\u001b[39m Missing script: "test"\r\n');
  parser.push('TAP version 13\n1..0\n# tests 0\n');
  assert.deepEqual(parser.end(), []);
  assert.deepEqual(output, ['\u001b[31mnpm error\u001b[39m Missing script: "test"\n']);
});
