// What the PDF tests read: the written PDF (its text, page by page, with poppler's
// pdftotext) and the built print route (the titles the PDF must hold).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { pdfPath, printBookPath } from '../../../scripts/lib/pdf-paths.ts';

assert.ok(existsSync(pdfPath), `${pdfPath} is missing: run npm run pdf first`);
export const bytes = new Uint8Array(readFileSync(pdfPath));

// The whole book's text is several megabytes, past execFileSync's default 1 MB buffer.
const pdftotext = (args: string[]): string => execFileSync('pdftotext', [...args, pdfPath, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

/** The text of one page (1-based) or of the whole PDF, laid out as on the page. */
export const pdfText = (page?: number): string => pdftotext(['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : [])]);

/** The text inside a box of a page, in PDF points with the origin at the top left. */
export const textInBox = (page: number, box: { x: number; y: number; width: number; height: number }): string =>
  pdftotext(['-f', String(page), '-l', String(page), '-x', String(Math.floor(box.x)), '-y', String(Math.floor(box.y)), '-W', String(Math.ceil(box.width)), '-H', String(Math.ceil(box.height))]);

/**
 * Text compared without whitespace: pdftotext wraps lines and Chromium drops the space at a wrap. KaTeX's
 * zero-width spaces go too: pdftotext prints them where a formula breaks the line.
 */
export const squash = (value: string): string => value.replace(/[\s\u200b]+/g, '');

/** The pages of the whole text, split at form feeds; index 0 is page 1. */
export const pages = pdfText().split('\f');
/** The same pages without their "n / total" footer, so that text running across a page break reads on. */
export const bodies = pages.map((page) => page.replace(/\n\s*\d+ \/ \d+\s*$/, '\n'));

function elements(node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if ('children' in node) for (const child of node.children) elements(child as Nodes, found);
  return found;
}

/** The built print route's elements, parsed as a browser would. */
export const printRoute = elements(fromHtml(readFileSync(`dist${printBookPath}index.html`, 'utf8')));
const rawText = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => rawText(child as Nodes)).join('') : '');
export const textOf = (element: Element): string => rawText(element).replace(/\s+/g, ' ').trim();

const articles = printRoute.filter((element) => element.tagName === 'article' && (element.properties.className as string[] | undefined)?.includes('print-chapter'));
const describe = (article: Element) => {
  const inside = elements(article);
  const withClass = (name: string) => inside.find((element) => (element.properties.className as string[] | undefined)?.includes(name));
  return {
    href: typeof article.properties.dataPrintChapterHref === 'string' ? article.properties.dataPrintChapterHref : undefined,
    anchor: String(article.properties.id),
    section: textOf(withClass('print-chapter-section') as Element),
    title: textOf(inside.find((element) => element.properties.dataPrintChapterTitle !== undefined) as Element),
  };
};
/** The chapters (title, section label, page on the site), in the print route's order. */
export const chapters = articles.filter((article) => article.properties.dataPrintChapterHref !== undefined).map(describe);
const appendixArticle = (id: string): Element => {
  const article = articles.find((candidate) => candidate.properties.id === id);
  assert.ok(article, `the print route has no appendix #${id}`);
  return article;
};
/** The appendix of answers to the checkpoint questions, after the chapters. */
export const answersAppendix = describe(appendixArticle('appendix-answers'));
/** The solutions appendix, the last part of the book. */
export const appendix = describe(appendixArticle('appendix-solutions'));
/** Both appendices, in the order they are printed. */
export const appendices = [answersAppendix, appendix];

/** Each chapter's checkpoint answers as the print route holds them: the chapter's title, and each question and answer element. */
export const answerGroups = printRoute
  .filter((element) => element.tagName === 'section' && (element.properties.className as string[] | undefined)?.includes('print-answers'))
  .map((section) => {
    const inside = elements(section);
    const withClass = (name: string) => inside.filter((element) => (element.properties.className as string[] | undefined)?.includes(name));
    const bodies = withClass('print-answer-body');
    return { title: textOf(inside.find((element) => element.tagName === 'h2') as Element), entries: withClass('print-answer-question').map((question, index) => ({ question, answer: bodies[index] as Element })) };
  });

/** The longest run of plain text in an element, outside code and typeset maths: what pdftotext prints as it is. */
export function plainRun(element: Element): string {
  const runs: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') runs.push(node.value);
    if (node.type !== 'element') return;
    const classes = (node.properties.className as string[] | undefined) ?? [];
    if (['code', 'pre'].includes(node.tagName) || classes.includes('katex')) {
      runs.push('\u0000'); // a break: the run ends here
      return;
    }
    node.children.forEach((child) => walk(child as Nodes));
  };
  element.children.forEach((child) => walk(child as Nodes));
  return runs
    .join('')
    .split('\u0000')
    .map((run) => run.replace(/\s+/g, ' ').trim())
    .reduce((longest, run) => (run.length > longest.length ? run : longest), '');
}

/** The page (1-based) a chapter starts on, read from the text: its section label (in capitals), then its title. */
export function startPage({ title, section }: { title: string; section: string }): number {
  const index = pages.findIndex((page) => {
    const lines = page.split('\n').filter((line) => line.trim() !== '');
    return squash(lines[0] ?? '') === squash(section.toUpperCase()) && squash(lines.slice(1, 4).join('')).startsWith(squash(title));
  });
  assert.ok(index >= 0, `no page starts with the section label "${section}" and the heading "${title}"`);
  return index + 1;
}
