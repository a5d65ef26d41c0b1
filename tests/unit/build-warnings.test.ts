import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropKnownWarnings } from '../../src/book/build-warnings.ts';

const passedOn = (warning: { code?: string; message: string }): boolean => {
  let passed = false;
  dropKnownWarnings(warning, () => (passed = true));
  return passed;
};

test("Astro's own head-inject directive warning, printed once per chapter, is dropped", () => {
  const message =
    'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/stage-1-foundation/overview.mdx?astroPropagatedAssets" may not be preserved when bundling.';
  assert.equal(passedOn({ code: 'MODULE_LEVEL_DIRECTIVE', message }), false);
});

test('every other warning reaches the output, a module-level directive from anywhere else included', () => {
  assert.equal(passedOn({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "node_modules/x/index.js" may not be preserved when bundling.' }), true);
  assert.equal(passedOn({ code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' }), true);
  assert.equal(passedOn({ message: 'a warning without a code' }), true);
});
