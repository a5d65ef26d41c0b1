import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tools } from '../src/data/tools.ts';
import { canonicalJson, renderPrefix, renderTools } from '../src/render.ts';
import { reversedKeys } from './support.ts';

test('canonical JSON: the same value gives the same bytes, whatever the key order', () => {
  const value = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };
  assert.equal(canonicalJson(value), '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}', 'sort object keys at every level; arrays keep their order');
  assert.equal(canonicalJson(reversedKeys(value)), canonicalJson(value));
});

test('tools render the same whatever order the registry returns them in', () => {
  const given = [...tools].reverse().map(reversedKeys);
  const before = given.map((tool) => tool.name);
  assert.equal(renderTools(given), renderTools(tools), 'sort the tools by name and write each with canonicalJson');
  assert.deepEqual(given.map((tool) => tool.name), before, 'renderTools must not reorder the caller’s array');
  assert.deepEqual(renderTools(tools).split('\n').map((line) => JSON.parse(line).name), ['bookMechanic', 'getSubscription', 'pauseSubscription']);
});

test('the prefix holds the instructions, the tools and the pinned facts, and nothing that changes per turn', () => {
  const none = renderPrefix('Be brief.', tools, []);
  assert.match(none, /## Pinned facts\n\(none yet\)$/, 'the prefix ends with a "Pinned facts" section; "(none yet)" before anything is pinned');
  const pinned = renderPrefix('Be brief.', tools, ['Account number: ACC-4471', 'Bike: frame SB-2093']);
  assert.match(pinned, /^## Instructions\nBe brief\.\n\n## Tools\n/);
  assert.match(pinned, /## Pinned facts\n- Account number: ACC-4471\n- Bike: frame SB-2093$/);
});
