import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { readOutline } from '../../scripts/lib/pdf-outline.ts';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { readFiles } from '../../src/labs/load.ts';
import { labManifestSchema } from '../../src/labs/manifest.ts';
import { pdfPath, sameTitle } from '../../scripts/lib/pdf-paths.ts';
import { bookTitle } from '../../src/book/meta.ts';
import { answerGroups, answersAppendix, appendix, bodies, bytes, chapters, pages, plainRun, printRoute, squash, startPage, textOf } from './support/book.ts';

const flat = squash(pages.join(''));
const appendixPage = startPage(appendix);

test('the print route lists the chapters', () => {
  assert.ok(chapters.length >= 3, `chapters: ${chapters.map((chapter) => chapter.title).join(', ')}`);
});

test('the text of the PDF holds every chapter title', () => {
  for (const { title } of chapters) assert.ok(flat.includes(squash(title)), `missing from the PDF: ${title}`);
});

/** A file's most telling line: its longest, which no other file is likely to share. */
const longestLine = (code: string): string => code.split('\n').reduce((longest, line) => (line.trim().length > longest.length ? line.trim() : longest), '');

const manifestOf = (slug: string) => labManifestSchema.parse(JSON.parse(readFileSync(`labs/${slug}/lab.json`, 'utf8')));

test('every lab’s title, tasks with their hints, and starter files are printed in its chapter, before the solutions', () => {
  const embedded = Object.entries(labPages());
  assert.ok(embedded.length >= 1, 'no chapter embeds a lab');
  for (const [slug, href] of embedded) {
    const manifest = manifestOf(slug);
    const index = chapters.findIndex((chapter) => chapter.href === href);
    assert.ok(index >= 0, `${href} (which embeds ${slug}) is not in the print route`);
    const from = startPage(chapters[index]!);
    const to = index + 1 < chapters.length ? startPage(chapters[index + 1]!) : appendixPage;
    assert.ok(to <= appendixPage, `${href} ends after the appendix starts`);
    const chapterText = squash(bodies.slice(from - 1, to - 1).join(''));
    assert.ok(chapterText.includes(squash(manifest.title)), `${slug}: the title "${manifest.title}" is not on pages ${from}–${to - 1}`);
    for (const { task, hints } of manifest.tasks) {
      assert.ok(chapterText.includes(squash(task)), `${slug}: the task "${task}" is not on pages ${from}–${to - 1}`);
      hints.forEach((hint, index) => assert.ok(chapterText.includes(squash(`Hint ${index + 1}${hint}`)), `${slug}: hint ${index + 1} of "${task}" is not printed after its label on pages ${from}–${to - 1}`));
    }
    const starter = Object.entries(readFiles(`labs/${slug}`)).filter(([path]) => /^(src|test)\//.test(path));
    assert.ok(starter.length > 0, `${slug} has no starter files`);
    for (const [path, code] of starter) {
      assert.ok(chapterText.includes(squash(longestLine(code))), `${slug}: ${path} is not printed on pages ${from}–${to - 1} (looked for: ${longestLine(code)})`);
    }
  }
});

test('the appendix holds each lab’s solution files', () => {
  const appendix = squash(pages.slice(appendixPage - 1).join(''));
  for (const slug of Object.keys(labPages())) {
    const { title } = manifestOf(slug);
    assert.ok(appendix.includes(squash(title)), `the appendix has no solution for ${slug}`);
    assert.ok(appendix.includes(`labs/${slug}/src/`), `the appendix names no file of ${slug}`);
  }
});

test('the answers appendix repeats each chapter’s questions with their answers, which the chapters no longer print', () => {
  const from = startPage(answersAppendix);
  assert.ok(from < appendixPage, 'the answers appendix does not come before the solutions');
  const appendixText = squash(bodies.slice(from - 1, appendixPage - 1).join(''));
  assert.ok(answerGroups.length > 0, 'the print route has no checkpoint answers');
  for (const { title, entries } of answerGroups) {
    const index = chapters.findIndex((chapter) => chapter.title === title);
    assert.ok(index >= 0, `the appendix has answers for "${title}", which is no chapter`);
    assert.ok(appendixText.includes(squash(title)), `the appendix does not name "${title}"`);
    const chapterText = squash(bodies.slice(startPage(chapters[index]!) - 1, (chapters[index + 1] ? startPage(chapters[index + 1]!) : from) - 1).join(''));
    for (const { question, answer } of entries) {
      const asked = squash(plainRun(question));
      const answered = squash(plainRun(answer));
      assert.ok(asked.length > 10 && answered.length > 20, `${title}: too little plain text to look for (${plainRun(question)} / ${plainRun(answer)})`);
      assert.ok(appendixText.includes(asked), `${title}: the question "${plainRun(question)}" is not repeated in the appendix`);
      assert.ok(appendixText.includes(answered), `${title}: the answer "${plainRun(answer)}" is not in the appendix`);
      assert.ok(chapterText.includes(asked), `${title}: the question "${plainRun(question)}" is not in its chapter`);
      assert.ok(!chapterText.includes(answered), `${title}: the answer "${plainRun(answer)}" is still printed in the chapter`);
    }
  }
});

test('the outline has one top-level entry per chapter, pointing at a page, with its sections beneath', async () => {
  const { entries } = await readOutline(bytes);
  const topLevel = entries.filter((entry) => entry.depth === 0);
  assert.ok(entries.some((entry) => entry.depth === 1 && entry.title === 'Learning goals'), 'sections are not bookmarked');
  for (const chapter of chapters) {
    const matches = topLevel.filter((entry) => sameTitle(entry.title, chapter.title));
    assert.equal(matches.length, 1, `outline entries for "${chapter.title}": ${matches.length}`);
    assert.equal(matches[0]?.page, startPage(chapter), `the bookmark for "${chapter.title}" does not point at the page it starts on`);
  }
  for (const part of [answersAppendix, appendix]) {
    const matches = topLevel.filter((entry) => sameTitle(entry.title, part.title));
    assert.equal(matches.length, 1, `outline entries for the appendix "${part.title}": ${matches.length}`);
    assert.equal(matches[0]?.page, startPage(part), `the bookmark for "${part.title}" does not point at the page it starts on`);
  }
  const answers = entries.findIndex((entry) => entry.depth === 0 && sameTitle(entry.title, answersAppendix.title));
  const beneath = entries.slice(answers + 1).filter((entry, index, rest) => rest.slice(0, index + 1).every((earlier) => earlier.depth > 0) && entry.depth === 1);
  assert.equal(beneath.length, answerGroups.length, `the answers appendix has ${beneath.length} bookmarks beneath it, for ${answerGroups.length} chapters`);
  beneath.forEach((entry, index) => assert.ok(sameTitle(entry.title, answerGroups[index]?.title ?? ''), `bookmark ${index + 1} beneath the answers appendix is "${entry.title}", not "${answerGroups[index]?.title}"`));
});

test('the PDF has the book title, is tagged, and numbers its pages in the footer', async () => {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  assert.match(info, new RegExp(`^Title:\\s+${bookTitle}$`, 'm'));
  assert.match(info, /^Tagged:\s+yes$/m);
  const { pageCount } = await readOutline(bytes);
  assert.ok(pageCount > chapters.length);
  for (const page of [3, Math.ceil(pageCount / 2), pageCount]) {
    assert.match(pages[page - 1] ?? '', new RegExp(`\\b${page} / ${pageCount}\\s*$`), `page ${page} has no "${page} / ${pageCount}" footer`);
  }
});

test('external links are shown with their URL', () => {
  const external = printRoute.filter((element) => element.tagName === 'a' && /^https:\/\/html\.spec\.whatwg\.org\//.test(String(element.properties.href)));
  assert.ok(external.length > 0, 'the book no longer links the SSE spec; pick another external link for this test');
  assert.ok(flat.includes(squash(`${textOf(external[0]!)} (${String(external[0]!.properties.href)})`)), `"${textOf(external[0]!)}" is printed without its URL`);
});

test('the learner’s progress is not printed: no counts, bars, statuses or progress buttons', () => {
  const text = pages.join('\n');
  for (const widget of [/\d+ of \d+ chapters done/, /\d+ of \d+ labs passed/, /not started/, /Mark this chapter as done/, /Export progress|Import progress|Clear progress/, /Your progress stays in this browser\./]) {
    assert.doesNotMatch(text, widget);
  }
});
