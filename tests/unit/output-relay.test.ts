import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OutputRelay } from '../../scripts/lib/output-relay.ts';

function recorder() {
  const written: string[] = [];
  return { written, sinks: { out: { write: (chunk: string | Uint8Array) => written.push(`out:${chunk}`) }, err: { write: (chunk: string | Uint8Array) => written.push(`err:${chunk}`) } } };
}

test('the first step streams live; the second is held until the first ends, then printed whole and live', () => {
  const { written, sinks } = recorder();
  const relay = new OutputRelay(sinks);
  const e2e = relay.open();
  const pdf = relay.open();
  e2e.write('e2e 1\n');
  pdf.write('pdf 1\n');
  pdf.write('pdf warning\n', 'err');
  assert.deepEqual(written, ['out:e2e 1\n'], 'the second step printed while the first was running');
  e2e.write('e2e 2\n');
  e2e.end();
  assert.deepEqual(written, ['out:e2e 1\n', 'out:e2e 2\n', 'out:pdf 1\n', 'err:pdf warning\n']);
  pdf.write('pdf 2\n');
  assert.equal(written.at(-1), 'out:pdf 2\n', 'the second step is live once the first has ended');
});

test('a step that ended while held is printed whole when its turn comes, and the one after it goes live', () => {
  const { written, sinks } = recorder();
  const relay = new OutputRelay(sinks);
  const [first, second, third] = [relay.open(), relay.open(), relay.open()];
  second.write('second\n');
  second.end();
  third.write('third 1\n');
  assert.deepEqual(written, []);
  first.end();
  assert.deepEqual(written, ['out:second\n', 'out:third 1\n']);
  third.write('third 2\n');
  assert.equal(written.at(-1), 'out:third 2\n');
});
