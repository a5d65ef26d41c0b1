import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parse, walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';
import { readOutline } from '../../scripts/lib/pdf-outline.ts';
import { pdfPath, sameTitle } from '../../scripts/lib/pdf-paths.ts';
import { bookTitle } from '../../src/book/meta.ts';

assert.ok(existsSync(pdfPath), `${pdfPath} is missing: run npm run pdf first`);
const bytes = new Uint8Array(readFileSync(pdfPath));
const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
const pagesText = text.split('\f');

/** Titles read from the built print route, not hard-coded: chapters, labs, and the TOC. */
function printRoute() {
  const chapters: string[] = [];
  const labs: string[] = [];
  walkSync(parse(readFileSync('dist/print-book/index.html', 'utf8')), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const content = (): string =>
      (node.children ?? [])
        .map((child: Node) => child.value ?? '')
        .join('')
        .trim();
    if ('data-print-chapter-title' in node.attributes) chapters.push(content());
    if ('data-print-lab-title' in node.attributes) labs.push(content());
  });
  return { chapters, labs };
}
const { chapters, labs } = printRoute();
const normalise = (value: string) => value.replace(/\s+/g, ' ').replace(/&amp;/g, '&').trim();

test('the print route lists chapters and labs', () => {
  assert.ok(chapters.length >= 3, `chapters: ${chapters.join(', ')}`);
  assert.ok(labs.length >= 1, `labs: ${labs.join(', ')}`);
});

test('the text of the PDF holds every chapter title and every lab title', () => {
  const flat = text.replace(/\s+/g, '');
  for (const title of [...chapters, ...labs]) assert.ok(flat.includes(normalise(title).replace(/\s+/g, '')), `missing from the PDF: ${title}`);
});

test('the outline has one top-level entry per chapter, pointing at a page, with its sections beneath', async () => {
  const { entries } = await readOutline(bytes);
  const topLevel = entries.filter((entry) => entry.depth === 0);
  assert.ok(entries.some((entry) => entry.depth === 1 && entry.title === 'Learning goals'), 'sections are not bookmarked');
  for (const title of chapters) {
    const matches = topLevel.filter((entry) => sameTitle(entry.title, normalise(title)));
    assert.equal(matches.length, 1, `outline entries for "${title}": ${matches.length}`);
    assert.ok(matches[0]?.page, `the bookmark for "${title}" has no page`);
  }
});

test('the table of contents gives the pages where the chapters start', async () => {
  const { entries } = await readOutline(bytes);
  const contents = pagesText.findIndex((page) => /^\s*Contents\s*$/m.test(page));
  assert.ok(contents >= 0, 'no Contents page');
  const toc = pagesText[contents] ?? '';
  for (const title of chapters) {
    const bookmark = entries.find((entry) => entry.depth === 0 && sameTitle(entry.title, normalise(title)));
    const line = toc.split('\n').find((candidate) => candidate.replace(/\s+/g, '').includes(normalise(title).replace(/\s+/g, '')));
    assert.ok(line, `"${title}" is not in the contents`);
    const printed = Number(line.trim().split(/\s+/).at(-1));
    assert.equal(printed, bookmark?.page, `"${title}": the contents say ${printed}, it starts on page ${bookmark?.page}`);
    assert.match(pagesText[(bookmark?.page ?? 1) - 1] ?? '', new RegExp(normalise(title).split(' ')[0] ?? ''), `page ${bookmark?.page} does not show "${title}"`);
  }
});

test('the PDF has the book title, page numbers and more pages than chapters', async () => {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  assert.match(info, new RegExp(`^Title:\\s+${bookTitle}$`, 'm'));
  assert.match(info, /^Tagged:\s+yes$/m);
  const { pageCount } = await readOutline(bytes);
  assert.ok(pageCount > chapters.length);
  assert.match(pagesText[2] ?? '', new RegExp(`\\b3 / ${pageCount}\\b`), 'page 3 has no "3 / n" footer');
});

test('external links are shown with their URL', () => {
  assert.match(text.replace(/\s+/g, ''), /\(https:\/\/html\.spec\.whatwg\.org\/multipage\/server-sent-events\.html\)/);
});
