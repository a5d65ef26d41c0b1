import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripHyperlinks } from '../../src/runtime/workbench/ansi-links.ts';

test('an OSC 8 link keeps its text and loses its address, with either terminator', () => {
  const bel = '\u001b]8;;https://evil.example/\u0007https://your-bank.example\u001b]8;;\u0007 done';
  assert.equal(stripHyperlinks(bel), 'https://your-bank.example done');
  const st = '\u001b]8;id=1;javascript:alert(1)\u001b\\click\u001b]8;;\u001b\\';
  assert.equal(stripHyperlinks(st), 'click');
  assert.equal(stripHyperlinks('\u001b[31mred\u001b[0m'), '\u001b[31mred\u001b[0m', 'colours are kept');
});
