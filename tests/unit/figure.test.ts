import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { figureIdPrefix, figureSource } from '../../src/components/figure/figure-source.ts';
import { prepareSvg } from '../../src/components/figure/prepare-svg.ts';

const page = 'src/content/docs/stage-1-foundation/x.mdx';
const files = { '../figures/stage-1-foundation/a.svg': '<svg viewBox="0 0 100 50"></svg>' };
const request = { page, src: 'stage-1-foundation/a.svg', alt: 'A bar chart of three costs.', hasCaption: true };

test('a figure without alt text stops the build, naming the page and the figure', () => {
  for (const alt of [undefined, '', '   ', 'chart']) {
    assert.throws(() => figureSource(files, { ...request, alt }), new RegExp(`^Error: ${page}: <Figure src="stage-1-foundation/a\\.svg"> needs alt text`));
  }
});

test('a figure without a caption, or naming no file, stops the build with the page and what exists', () => {
  assert.throws(() => figureSource(files, { ...request, hasCaption: false }), /x\.mdx: <Figure src="stage-1-foundation\/a\.svg"> needs a caption/);
  assert.throws(() => figureSource(files, { ...request, src: 'stage-1-foundation/b.svg' }), /names no file in src\/figures\/; the figures are: stage-1-foundation\/a\.svg/);
  assert.throws(() => figureSource(files, { ...request, src: undefined }), /x\.mdx: a <Figure> needs src=/);
  assert.equal(figureSource(files, request).alt, 'A bar chart of three costs.');
});

const svg = (inner: string, attributes = 'viewBox="0 0 440 200" width="880"') => `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><title>Old</title><!-- a note -->${inner}</svg>`;
const prepare = (source: string) => prepareSvg(source, { file: 'src/figures/x.svg', alt: 'Two boxes joined by an arrow.', idPrefix: 'figure-x' });

test('the SVG is labelled by the alt text, sized from its viewBox, and keeps its classes', () => {
  const { html, width } = prepare(svg('<rect class="box" x="1" y="1" width="10" height="10"/><text class="small middle">Label</text>'));
  assert.equal(width, 440);
  assert.match(html, /^<svg viewBox="0 0 440 200" width="440" height="200" role="img" aria-labelledby="figure-x-title" focusable="false" class="book-figure-svg"><title id="figure-x-title">Two boxes joined by an arrow\.<\/title>/);
  assert.doesNotMatch(html, /Old|a note|<\?xml/);
  assert.match(html, /<rect class="box"/);
  assert.match(html, /<text class="small middle">Label<\/text>/);
});

test('ids and the references to them get the figure’s prefix, so two figures on a page never clash', () => {
  const { html } = prepare(svg('<defs><marker id="head"><path d="M0 0"/></marker></defs><line marker-end="url(#head)"/><use href="#head"/><a href="#elsewhere">x</a>'));
  assert.match(html, /<marker id="figure-x-head">/);
  assert.match(html, /marker-end="url\(#figure-x-head\)"/);
  assert.match(html, /<use href="#figure-x-head">/);
  assert.match(html, /href="#elsewhere"/, 'a fragment that is not an id of the figure is left alone');
});

test('a hard-coded colour stops the build, naming the file: colours come from the theme', () => {
  for (const inner of ['<rect fill="#ff0000"/>', '<path stroke="black"/>', '<stop stop-color="rgb(0,0,0)"/>', '<text style="font-size: 12px; fill: #333">x</text>']) {
    assert.throws(() => prepare(svg(inner)), /^FigureError: src\/figures\/x\.svg: <(rect|path|stop|text)> has the colour/, inner);
  }
  for (const inner of ['<rect fill="none" stroke="currentColor"/>', '<rect fill="url(#g)"/>', '<text style="font-size: 12px">x</text>', '<rect fill="var(--sl-color-accent)"/>']) {
    assert.doesNotThrow(() => prepare(svg(inner)), inner);
  }
});

test('a figure needs a viewBox, one <svg>, and no style, script, image or event handler', () => {
  assert.throws(() => prepare(svg('', 'width="10"')), /src\/figures\/x\.svg: the <svg> needs a viewBox/);
  assert.throws(() => prepare(svg('', 'viewBox="0 0 720 200"')), /src\/figures\/x\.svg: the viewBox is 720 wide; draw at 480 or less/);
  assert.throws(() => prepare('<p>no</p>'), /must hold exactly one <svg> element/);
  assert.throws(() => prepare(svg('<style>rect{fill:red}</style>')), /<style> is not allowed in a figure \(an inline <style> would restyle the whole page/);
  assert.throws(() => prepare(svg('<script>alert(1)</script>')), /<script> is not allowed/);
  assert.throws(() => prepare(svg('<image href="https://example.com/a.png"/>')), /<image> is not allowed/);
  assert.throws(() => prepare(svg('<rect onclick="x()"/>')), /has an event handler \(onClick\)/);
});

test('an id prefix is the figure’s path in lower-case words', () => {
  assert.equal(figureIdPrefix('stage-1-foundation/Cost_Levers.svg'), 'figure-stage-1-foundation-cost-levers');
});

test('every figure in src/figures/ follows the drawing rules', () => {
  const root = 'src/figures';
  const svgs = readdirSync(root, { recursive: true }).map(String).filter((path) => path.endsWith('.svg'));
  assert.ok(svgs.length > 0, 'no figures yet');
  for (const path of svgs) {
    assert.doesNotThrow(() => prepareSvg(readFileSync(`${root}/${path}`, 'utf8'), { file: `${root}/${path}`, alt: 'a figure of the book', idPrefix: figureIdPrefix(path) }));
  }
});
