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

/** The text of one page (1-based) or of the whole PDF, laid out as on the page. */
export const pdfText = (page?: number): string =>
  execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), pdfPath, '-'], { encoding: 'utf8' });

/** The text inside a box of a page, in PDF points with the origin at the top left. */
export const textInBox = (page: number, box: { x: number; y: number; width: number; height: number }): string =>
  execFileSync(
    'pdftotext',
    ['-f', String(page), '-l', String(page), '-x', String(Math.floor(box.x)), '-y', String(Math.floor(box.y)), '-W', String(Math.ceil(box.width)), '-H', String(Math.ceil(box.height)), pdfPath, '-'],
    { encoding: 'utf8' },
  );

/** Text compared without whitespace: pdftotext wraps lines and Chromium drops the space at a wrap. */
export const squash = (value: string): string => value.replace(/\s+/g, '');

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
/** The solutions appendix, after the chapters. */
export const appendix = describe(articles.at(-1) as Element);

/** The page (1-based) a chapter starts on, read from the text: its section label (in capitals), then its title. */
export function startPage({ title, section }: { title: string; section: string }): number {
  const index = pages.findIndex((page) => {
    const lines = page.split('\n').filter((line) => line.trim() !== '');
    return squash(lines[0] ?? '') === squash(section.toUpperCase()) && squash(lines.slice(1, 4).join('')).startsWith(squash(title));
  });
  assert.ok(index >= 0, `no page starts with the section label "${section}" and the heading "${title}"`);
  return index + 1;
}
