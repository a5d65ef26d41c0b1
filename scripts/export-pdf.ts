// `npm run pdf`: the whole book as one PDF, dist/ai-engineer-roadmap.pdf.
// Builds the site (unless --no-build), serves it, renders /print-book/ in
// Chromium twice: once to learn on which page each chapter starts (from the PDF's
// own bookmarks), once with those page numbers in the table of contents.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { readOutline, type OutlineEntry } from './lib/pdf-outline.ts';
import { bookTitle } from '../src/book/meta.ts';
import { pdfPath, sameTitle } from './lib/pdf-paths.ts';

const started = performance.now();

if (!process.argv.includes('--no-build')) {
  console.log('Building the site…');
  if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const footer = `<div style="width:100%;font-size:8px;color:#555;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;
const render = (page: Page) =>
  page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true, // bookmarks (outline) need a tagged PDF
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate: footer,
    margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
  });

interface TocEntry {
  anchor: string;
  title: string;
}

/** The page each table-of-contents entry starts on, from the top-level bookmarks. */
function startPages(toc: TocEntry[], outline: OutlineEntry[]): Map<string, number> {
  const pages = new Map<string, number>();
  for (const entry of toc) {
    const bookmark = outline.find((candidate) => candidate.depth === 0 && sameTitle(candidate.title, entry.title) && candidate.page !== undefined);
    if (!bookmark?.page) throw new Error(`export-pdf: no bookmark for the chapter "${entry.title}"; the outline has: ${outline.map((item) => item.title).join(' | ')}`);
    pages.set(entry.anchor, bookmark.page);
  }
  return pages;
}

const server = await serveStatic({ root: 'dist', port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/print-book/`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate((title) => {
    document.title = title; // becomes the PDF's title metadata
    for (const details of document.querySelectorAll('details')) details.open = true;
  }, bookTitle);
  await page.evaluate(() => document.fonts.ready);
  const toc: TocEntry[] = await page.$$eval('[data-toc-page]', (spans) =>
    spans.map((span) => ({ anchor: span.getAttribute('data-toc-page') ?? '', title: span.parentElement?.querySelector('.print-toc-title')?.textContent?.trim() ?? '' })),
  );

  console.log(`Pass 1 of 2: laying out ${toc.length} chapters…`);
  const first = await readOutline(await render(page));
  const pages = startPages(toc, first.entries);
  toc.forEach((entry, index) => console.log(`  chapter ${index + 1} of ${toc.length}: ${entry.title} (page ${pages.get(entry.anchor)})`));
  // Page numbers fill a fixed-width slot, so adding them does not move anything.
  await page.evaluate((numbers) => {
    for (const [anchor, number] of numbers) {
      const slot = document.querySelector(`[data-toc-page="${anchor}"]`);
      if (slot) slot.textContent = String(number);
    }
  }, [...pages]);

  console.log('Pass 2 of 2: rendering with page numbers…');
  const bytes = await render(page);
  const second = await readOutline(bytes);
  const check = startPages(toc, second.entries);
  for (const [anchor, number] of pages) {
    if (check.get(anchor) !== number) throw new Error(`export-pdf: ${anchor} moved from page ${number} to ${check.get(anchor)} after numbering the contents.`);
  }
  writeFileSync(pdfPath, bytes);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${pdfPath}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${second.pageCount} pages, in ${seconds} s.`);
} finally {
  await browser.close();
  await server.close();
}
