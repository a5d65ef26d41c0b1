// `npm run pdf`: the whole book as one PDF, dist/ai-engineer-roadmap.pdf.
// Builds the site when dist/ is older than its sources (--build forces it, --no-build
// skips it), serves dist/, loads the print route in Chromium and prints it twice:
// once to learn the page each chapter starts on (from the PDF's named destinations,
// the targets of the contents' links), once with those numbers in the contents.
import { spawnSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { readLinks } from './lib/pdf-links.ts';
import { renderPdf } from './lib/pdf-layout.ts';
import { compactPdf } from './lib/pdf-compact.ts';
import { buildReason } from './lib/pdf-build-needed.ts';
import { bookTitle } from '../src/book/meta.ts';
import { pdfPath, printBookPath } from './lib/pdf-paths.ts';

const started = performance.now();
const steps = 7;
let stepStarted = started;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;
function step(number: number, text: string): void {
  if (number > 1) console.log(`      done in ${seconds(stepStarted)}`);
  stepStarted = performance.now();
  console.log(`[${number}/${steps}] ${text}`);
}

const args = process.argv.slice(2);
const reason = args.includes('--build') ? '--build was given' : args.includes('--no-build') ? undefined : buildReason('.', `dist${printBookPath}index.html`);
if (reason) {
  step(1, `Building the site (${reason})…`);
  if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
} else {
  step(1, args.includes('--no-build') ? 'Build skipped (--no-build): printing dist/ as it is.' : 'Build skipped: dist/ is newer than every source (--build forces one).');
}

interface TocEntry {
  anchor: string;
  title: string;
}

/** The page each contents entry's target starts on, from the PDF's named destinations. */
async function startPages(bytes: Uint8Array, toc: TocEntry[]): Promise<{ pages: Map<string, number>; pageCount: number }> {
  const { destinations, pageCount } = await readLinks(bytes);
  const pages = new Map<string, number>();
  for (const { anchor, title } of toc) {
    const page = destinations.get(anchor);
    if (!page) throw new Error(`export-pdf: the PDF has no destination "#${anchor}" for "${title}"; its destinations: ${[...destinations.keys()].slice(0, 20).join(', ')}…`);
    pages.set(anchor, page);
  }
  return { pages, pageCount };
}

step(2, 'Serving dist/ and starting Chromium…');
const server = await serveStatic({ root: 'dist', port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  // The book is printed in the light theme, whatever the machine prefers.
  const page = await browser.newPage({ colorScheme: 'light' });
  // The print route holds the whole book: on a busy machine (npm test runs this beside the browser
  // tests) loading it takes minutes, not Playwright's default 30 s. A page that never loads still fails.
  page.setDefaultTimeout(15 * 60_000);
  step(3, `Loading the print route ${server.url}${printBookPath}…`);
  const response = await page.goto(`${server.url}${printBookPath}`, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`export-pdf: ${printBookPath} answered ${response?.status()}; is dist/ built?`);
  // Quiet network is not a parsed page: the book's 8 MB of HTML may still be parsing.
  await page.waitForLoadState('load');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.evaluate((title) => (document.title = title), bookTitle); // becomes the PDF's title metadata
  // Laid out for print, the page may use a font the screen layout did not: wait for that one too.
  await page.evaluate(() => (void document.body.offsetHeight, document.fonts.ready));
  const toc: TocEntry[] = await page.$$eval('[data-toc-page]', (spans) =>
    spans.map((span) => ({ anchor: span.getAttribute('data-toc-page') ?? '', title: span.parentElement?.querySelector('.print-toc-title')?.textContent?.trim() ?? '' })),
  );
  console.log(`      ${toc.length} entries in the contents`);

  step(4, 'Layout pass 1 of 2: printing the whole book to find where each chapter starts…');
  const first = await startPages(await renderPdf(page), toc);
  console.log(`      ${first.pageCount} pages`);

  step(5, 'Numbering the contents…');
  // Page numbers fill a fixed-width slot, so adding them does not move anything (pass 2 checks).
  await page.evaluate((numbers) => {
    for (const [anchor, number] of numbers) {
      const slot = document.querySelector(`[data-toc-page="${anchor}"]`);
      if (slot) slot.textContent = String(number);
    }
  }, [...first.pages]);

  step(6, 'Layout pass 2 of 2: printing with the page numbers, then checking each chapter’s start page…');
  const bytes = await renderPdf(page);
  const second = await startPages(bytes, toc);
  const chapterCount = toc.filter(({ anchor }) => anchor.startsWith('chapter-')).length;
  for (const [index, { anchor, title }] of toc.entries()) {
    const numbered = first.pages.get(anchor);
    const actual = second.pages.get(anchor);
    if (actual !== numbered) throw new Error(`export-pdf: "${title}" moved from page ${numbered} to ${actual} after numbering the contents.`);
    const entry = anchor.startsWith('chapter-') ? `chapter ${index + 1} of ${chapterCount}` : 'appendix';
    console.log(`      ${entry}: starts on page ${actual}, as the contents say: ${title}`);
  }

  step(7, `Compacting the PDF (its tags into object streams) and writing ${pdfPath}…`);
  const compact = await compactPdf(bytes);
  console.log(`      ${megabytes(bytes.length)} as printed, ${megabytes(compact.length)} compacted`);
  // Written whole, then renamed: a server that is running never serves half a PDF.
  writeFileSync(`${pdfPath}.partial`, compact);
  renameSync(`${pdfPath}.partial`, pdfPath);
  console.log(`      done in ${seconds(stepStarted)}`);
  console.log(`Wrote ${pdfPath}: ${megabytes(compact.length)}, ${second.pageCount} pages, in ${seconds(started)}.`);
} finally {
  await browser.close();
  await server.close();
}
