import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { localiseBook } from '../../src/components/print/localise-book.ts';

const site = 'https://book.example';
const chapters = [
  { anchor: 'chapter-1', href: '/start-here/intro/' },
  { anchor: 'chapter-2', href: '/stage-1/cost/' },
];
const chapter = (anchor: string, inner: string) =>
  `<article id="${anchor}" aria-labelledby="${anchor}-title"><h1 id="${anchor}-title">T</h1><div data-print-content="${anchor}">${inner}</div></article>`;

test('each chapter’s ids get its prefix, and its own references follow', () => {
  const html = localiseBook(
    chapter('chapter-1', '<h2 id="learning-goals"><a href="#learning-goals">#</a></h2><section aria-labelledby="lab-x-title"><h3 id="lab-x-title">Lab</h3></section><svg><path marker-end="url(#arrow)"/></svg><marker id="arrow"></marker>') +
      chapter('chapter-2', '<h2 id="learning-goals">Goals</h2><a href="#elsewhere">not an id here</a>'),
    chapters,
    site,
  );
  assert.deepEqual([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]), ['chapter-1', 'chapter-1-title', 'chapter-1-learning-goals', 'chapter-1-lab-x-title', 'chapter-1-arrow', 'chapter-2', 'chapter-2-title', 'chapter-2-learning-goals']);
  assert.match(html, /<a href="#chapter-1-learning-goals">/);
  assert.match(html, /aria-labelledby="chapter-1-lab-x-title"/);
  assert.match(html, /marker-end="url\(#chapter-1-arrow\)"/);
  assert.match(html, /<a href="#elsewhere">/, 'a fragment that names no id of the chapter is left alone');
});

test('links to chapters point into the document; other site pages to the site; external links and assets are untouched', () => {
  const html = localiseBook(
    '<nav><a href="/stage-1/cost/">cost</a></nav>' +
      chapter(
        'chapter-1',
        [
          '<a href="/stage-1/cost/#learning-goals">a section</a>',
          '<a href="../../stage-1/cost">relative, no slash</a>',
          '<a href="/stage-1/cost/#missing">unknown section</a>',
          `<a href="${site}/start-here/intro/">absolute to the site</a>`,
          '<a href="/ai-engineer-roadmap.pdf">the PDF</a>',
          '<a href="/">home</a>',
          '<a href="https://other.example/x">external</a>',
          '<link rel="stylesheet" href="/_astro/a.css">',
        ].join(''),
      ) +
      chapter('chapter-2', '<h2 id="learning-goals">Goals</h2>'),
    chapters,
    site,
  );
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
  assert.deepEqual(hrefs, [
    '#chapter-2',
    '#chapter-2-learning-goals',
    '#chapter-2',
    '#chapter-2',
    '#chapter-1',
    `${site}/ai-engineer-roadmap.pdf`,
    `${site}/`,
    'https://other.example/x',
    '/_astro/a.css',
  ]);
});

test('a heading whose prefixed id is already taken stops the build and names the chapter', () => {
  assert.throws(() => localiseBook(chapter('chapter-1', '<h2 id="title">Title</h2>'), chapters, site), /"title" in \/start-here\/intro\/ becomes "chapter-1-title", which is already taken/);
});

test('markup that a naive parser gets wrong survives: ">" in attributes, raw script text', () => {
  const code = 'const f = (a) => a > 1 && "<b>";';
  const html = localiseBook(chapter('chapter-1', `<button data-code="${code.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"></button><script>if (1 < 2) document.title = "x";</script>`), chapters, site);
  assert.ok(html.includes('if (1 < 2) document.title = "x";'), html);
  const [article] = fromHtml(html, { fragment: true }).children as Element[];
  const [, content] = article?.children as Element[];
  const [button] = content?.children as Element[];
  assert.equal(button?.properties.dataCode, code);
});

test('folded content is printed: every <details> is open', () => {
  const html = localiseBook(`<details><summary>More</summary>x</details>${chapter('chapter-1', '<details class="lab-more-files"><summary>Files</summary>y</details>')}`, chapters, site);
  assert.equal([...html.matchAll(/<details[^>]* open/g)].length, 2, html);
});
