// The table of contents and the links, checked against the printed text rather than
// against what the export believed: the number the contents print, the page where
// the heading really is, and the page each link annotation leads to must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import { readLinks, type PdfLink } from '../../scripts/lib/pdf-links.ts';
import { appendices, bytes, chapters, pages, squash, startPage, textInBox, pdfText } from './support/book.ts';

const { links } = await readLinks(bytes);
const document = await PDFDocument.load(bytes, { updateMetadata: false });
const contentsPage = pages.findIndex((page) => /^\s*Contents\s*$/m.test(page)) + 1;

/** The text under a link annotation (its rectangle, turned into pdftotext's top-left coordinates). */
function textUnder(link: PdfLink): string {
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = link.rect;
  const height = document.getPage(link.page - 1).getHeight();
  return textInBox(link.page, { x: Math.min(x1, x2), y: height - Math.max(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) });
}

/**
 * Whether `text` holds the words of `title` in order. A long title wraps in the contents beside a section
 * label that wraps too, and pdftotext reads the two columns' lines interleaved.
 */
function wordsInOrder(text: string, title: string): boolean {
  const words = text.split(/\s+/).map(squash).filter(Boolean);
  let at = 0;
  for (const word of title.split(/\s+/).map(squash).filter(Boolean)) {
    at = words.indexOf(word, at);
    if (at === -1) return false;
    at += 1;
  }
  return true;
}

test('the cover is one page: the contents start on page 2', () => {
  assert.equal(contentsPage, 2, `the contents start on page ${contentsPage}`);
});

test('each contents entry is a link to the page it prints, and that page starts with the chapter’s heading', () => {
  assert.ok(contentsPage > 0, 'no Contents page');
  // The contents run over as many pages as the book needs, up to the first chapter.
  const firstChapterPage = startPage(chapters[0]!);
  // A title that wraps is a link in one annotation per line: the entry is all of them, in order.
  const entries: { link: PdfLink; text: string }[] = [];
  for (const link of links.filter((candidate) => candidate.page >= contentsPage && candidate.page < firstChapterPage)) {
    const previous = entries.at(-1);
    if (previous && previous.link.page === link.page && previous.link.target === link.target) previous.text += `\n${textUnder(link)}`;
    else entries.push({ link, text: textUnder(link) });
  }
  for (const chapter of [...chapters, ...appendices]) {
    const entry = entries.find(({ text }) => wordsInOrder(text, chapter.title));
    assert.ok(entry, `the contents have no link over "${chapter.title}"`);
    const printed = Number(entry.text.trim().split(/\s+/).filter((word) => /^\d+$/.test(word)).at(-1));
    assert.ok(Number.isInteger(printed) && printed > contentsPage, `the contents print "${entry.text.trim()}" for "${chapter.title}": no page number`);
    assert.equal(entry.link.target, printed, `the link for "${chapter.title}" leads to page ${entry.link.target}, the contents say ${printed}`);
    // Read that one page on its own: its first lines are the section label and the chapter's title.
    const lines = pdfText(printed).split('\n').filter((line) => line.trim() !== '');
    assert.equal(squash(lines[0] ?? ''), squash(chapter.section.toUpperCase()), `page ${printed} does not start with "${chapter.section}"`);
    assert.ok(squash(lines.slice(1, 4).join('')).startsWith(squash(chapter.title)), `page ${printed} does not start with the heading "${chapter.title}": ${lines.slice(0, 3).join(' / ')}`);
    assert.equal(startPage(chapter), printed, `"${chapter.title}" first appears as a heading on page ${startPage(chapter)}`);
  }
});

test('no link leads to the server that printed the book', () => {
  const local = links.filter((link) => link.uri && /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])([:/]|$)/.test(link.uri));
  assert.deepEqual(local.map((link) => `page ${link.page}: ${link.uri}`), []);
  assert.ok(links.some((link) => link.uri?.startsWith('https://')), 'no external link at all: is the reader looking at the right file?');
});

test('every link inside the book leads to a page, and links to a chapter lead to where it starts', () => {
  const internal = links.filter((link) => !link.uri);
  assert.ok(internal.length > chapters.length, `only ${internal.length} internal links`);
  for (const link of internal) assert.ok(link.target, `page ${link.page}: the link to "${link.name}" leads nowhere`);
  // Links between chapters (the stage overview's chapter list, for one), not only the contents.
  const between = internal.filter((link) => link.page !== contentsPage && /^chapter-\d+$/.test(link.name ?? ''));
  assert.ok(between.length > 0, 'no link from one chapter to another');
  for (const link of between) {
    const chapter = chapters.find((candidate) => candidate.anchor === link.name);
    assert.ok(chapter, `page ${link.page} links to #${link.name}, which is no chapter`);
    assert.equal(link.target, startPage(chapter), `page ${link.page}: the link to "${chapter.title}" does not lead to where it starts`);
  }
});
