// The print route's code is plain text whose colours travel as ranges: each
// range must cover exactly the characters its token covered, in the light
// theme's colour, and nothing but a colour may be lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { codeColoursAsRanges } from '../../src/components/print/code-highlights.ts';

const line = (inner: string) => `<div class="ec-line"><div class="code">${inner}</div></div>`;

function converted(html: string): { html: string; css: string } {
  const tree = fromHtml(html, { fragment: true });
  const css = codeColoursAsRanges(tree);
  return { html: toHtml(tree), css };
}

test('a line becomes its text, with one range per run of a colour, in the light theme (--1), spaces joining the run before them', () => {
  const { html, css } = converted(
    line('<span style="--0:#C792EA;--1:#8844AE">export</span><span style="--0:#D6DEEB;--1:#403F53"> </span><span style="--0:#C792EA;--1:#8844AE">function</span><span style="--0:#82AAFF;--1:#3B61B0">choose</span>'),
  );
  // "export function" is 0–15, one keyword run (the space between is only a space); "choose" is 15–21.
  assert.equal(html, line('export functionchoose').replace('class="code"', 'class="code" data-code-colours="0 15 8844ae;15 21 3b61b0"'));
  assert.match(css, /:root:not\(\[data-theme='dark'\]\) ::highlight\(code-8844ae\)\{color:#8844ae\}/);
  assert.match(css, /::highlight\(code-3b61b0\)/);
  assert.doesNotMatch(css, /c792ea|403f53/i, 'the dark theme’s colours are not printed, nor a colour only spaces had');
});

test('nested token spans take their colour from the light declaration nearest the text', () => {
  const { html } = converted(line('<span style="--1:#403F53"><span style="--0:#D6DEEB">, </span><span style="--0:#D7DBE0;--1:#111111">k</span></span>'));
  assert.match(html, /data-code-colours="0 2 403f53;2 3 111111"/);
  assert.match(html, />, k</);
});

test('an indent span is kept, and the ranges count its characters', () => {
  const { html } = converted(line('<span class="indent"><span style="--0:#C792EA;--1:#8844AE">  </span></span><span style="--1:#8844AE">if</span>'));
  assert.match(html, /data-code-colours="2 4 8844ae"><span class="indent">  <\/span>if</);
});

test('a token whose light look is more than a colour keeps its span, and no range covers it', () => {
  const { html } = converted(line('<span style="--1:#5F636F;--1fs:italic">// note</span><span style="--1:#8844AE">x</span>'));
  assert.match(html, /data-code-colours="7 8 8844ae"><span style="--1:#5F636F;--1fs:italic">\/\/ note<\/span>x</);
});

test('code outside Expressive Code lines is left alone', () => {
  const { html, css } = converted('<p><span style="--1:#8844AE">prose</span></p>');
  assert.equal(html, '<p><span style="--1:#8844AE">prose</span></p>');
  assert.equal(css, '');
});
