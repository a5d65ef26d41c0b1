import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { TapParser } from '../../src/runtime/runners/webcontainer/tap.ts';

// Real TAP from this Node's test runner, so the parser is checked against what node:test writes.
function realTap(): string {
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'tests/unit/fixtures/tap-demo.fixture.ts'], { encoding: 'utf8', env }).stdout;
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
