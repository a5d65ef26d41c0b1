import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tapResults } from '../../scripts/lib/tap-results.ts';

test('leaf tests are named with their suites, as the in-page runner names them; a suite is not a result', () => {
  const tap = [
    'TAP version 13',
    '# Subtest: m1: chunks keep paragraphs',
    'ok 1 - m1: chunks keep paragraphs',
    '  ---',
    '  duration_ms: 1.2',
    '  ...',
    '# Subtest: wilson',
    '    # Subtest: stays wide at 0 of 10',
    '    not ok 1 - stays wide at 0 of 10',
    '    # Subtest: matches the formula',
    '    ok 2 - matches the formula',
    '    1..2',
    'not ok 2 - wilson',
    '# Subtest: costs \\# per call',
    'ok 3 - costs \\# per call # SKIP not here',
    '1..3',
    '# pass 2',
    '# fail 1',
  ].join('\n');
  assert.deepEqual(tapResults(tap), [
    { name: 'm1: chunks keep paragraphs', passed: true },
    { name: 'wilson › stays wide at 0 of 10', passed: false },
    { name: 'wilson › matches the formula', passed: true },
    { name: 'costs # per call', passed: true },
  ]);
});

test('the Python labs’ lines, with no subtests, are each a result', () => {
  assert.deepEqual(tapResults('ok 1 - HandleLine › test_bridge_bad_params\nnot ok 2 - ClassifyAll › test_fan_out_keeps_input_order\n'), [
    { name: 'HandleLine › test_bridge_bad_params', passed: true },
    { name: 'ClassifyAll › test_fan_out_keeps_input_order', passed: false },
  ]);
});
