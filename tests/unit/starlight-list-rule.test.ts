import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withoutLooseListHas } from '../../src/book/starlight-list-rule.ts';

const starlightCss = (): string => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('@astrojs/starlight/style/markdown.css'), 'utf8');
};

test('Starlight’s list rule loses its :has(), and keeps what it spaces', () => {
  const css = withoutLooseListHas(starlightCss(), 'markdown.css');
  assert.doesNotMatch(css, /:is\(ol, ul\):has\(> li/);
  assert.match(css, /\.sl-markdown-content\s+:is\(ol, ul\)\s+> li\s+> :is\(/);
  assert.equal(css.split(':has(').length, starlightCss().split(':has(').length - 1, 'only that :has() goes');
});

test('a Starlight whose rule changed fails the build, naming the file', () => {
  assert.throws(() => withoutLooseListHas('.sl-markdown-content li { margin: 0 }', 'markdown.css'), /markdown\.css: Starlight's list rule/);
});
