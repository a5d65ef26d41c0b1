// `npm run pdf`: the whole book as one PDF, dist/ai-engineer-roadmap.pdf.
// Builds the site when dist/ is older than its sources (--build forces it, --no-build
// skips it), serves dist/, loads the print route in Chromium and prints it once; the
// contents' page numbers are then written into the PDF, each the page its entry's link
// leads to (scripts/lib/pdf-contents-numbers.ts).
import { spawnSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { PDFDocument } from 'pdf-lib';
import { measureContentsSlots, numberContents } from './lib/pdf-contents-numbers.ts';
import { columnHeightPx, columnWidthPx, elementsWiderThanWindow, renderPdf } from './lib/pdf-layout.ts';
import { saveCompact } from './lib/pdf-compact.ts';
import { buildReason } from './lib/pdf-build-needed.ts';
import { bookTitle } from '../src/book/meta.ts';
import { pdfPath, printBookPath } from './lib/pdf-paths.ts';

const started = performance.now();
const steps = 6;
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

/** Printing the book takes about two minutes alone; a print that has not ended by then never will. */
const printLimitMs = 15 * 60_000;

/** Prints the page, or fails once the limit has passed: Chromium has been seen never to return from a print. */
async function printWithin(page: Page, limitMs: number): Promise<Buffer> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`export-pdf: Chromium did not finish printing the book within ${limitMs / 60_000} min.`)), limitMs);
  });
  try {
    return await Promise.race([renderPdf(page), limit]);
  } finally {
    clearTimeout(timer);
  }
}

step(2, 'Serving dist/ and starting Chromium…');
const server = await serveStatic({ root: 'dist', port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  // The book is printed in the light theme, whatever the machine prefers. The window is as wide as the PDF's
  // text column, so that the contents rows measured before printing are laid out as they will be printed.
  const page = await browser.newPage({ colorScheme: 'light', viewport: { width: columnWidthPx, height: columnHeightPx } });
  // The print route holds the whole book: on a busy machine (npm test runs this beside the browser
  // tests) loading it takes minutes, not Playwright's default 30 s. A page that never loads still fails.
  page.setDefaultTimeout(15 * 60_000);
  step(3, `Loading the print route ${server.url}${printBookPath}…`);
  const response = await page.goto(`${server.url}${printBookPath}`, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`export-pdf: ${printBookPath} answered ${response?.status()}; is dist/ built?`);
  // Quiet network is not a parsed page: the book's 8 MB of HTML may still be parsing.
  await page.waitForLoadState('load');
  // The code's colours are painted by a script (src/components/print/paint-code-colours.ts).
  await page.waitForFunction(() => document.documentElement.dataset.codePainted === 'true');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.evaluate((title) => (document.title = title), bookTitle); // becomes the PDF's title metadata
  // Laid out for print, the page may use a font the screen layout did not: wait for that one too.
  await page.evaluate(() => (void document.body.offsetHeight, document.fonts.ready));
  // Chromium shrinks every page of the book to fit its widest element: a formula too wide once printed
  // the whole book at 87 %. Refuse instead, naming the chapter.
  const [tooWide] = await page.evaluate(elementsWiderThanWindow, 1);
  if (tooWide) throw new Error(`export-pdf: an element is wider than the PDF's column (${columnWidthPx} px), which would print the whole book smaller; in ${tooWide}`);
  const slots = await measureContentsSlots(page);
  console.log(`      ${slots.length} entries in the contents`);

  step(4, 'Laying the book out and printing it…');
  const printed = await printWithin(page, printLimitMs);

  step(5, 'Numbering the contents: each entry gets the page its link leads to…');
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  const numbers = await numberContents(pdf, slots);
  const chapterCount = slots.filter(({ anchor }) => anchor.startsWith('chapter-')).length;
  for (const [index, { anchor, title }] of slots.entries()) {
    const entry = anchor.startsWith('chapter-') ? `chapter ${index + 1} of ${chapterCount}` : 'appendix';
    console.log(`      ${entry}: page ${numbers.get(anchor)}: ${title}`);
  }

  step(6, `Compacting the PDF (its tags into object streams) and writing ${pdfPath}…`);
  const compact = await saveCompact(pdf);
  console.log(`      ${megabytes(printed.length)} as printed, ${megabytes(compact.length)} compacted`);
  // Written whole, then renamed: a server that is running never serves half a PDF.
  writeFileSync(`${pdfPath}.partial`, compact);
  renameSync(`${pdfPath}.partial`, pdfPath);
  console.log(`      done in ${seconds(stepStarted)}`);
  console.log(`Wrote ${pdfPath}: ${megabytes(compact.length)}, ${pdf.getPageCount()} pages, in ${seconds(started)}.`);
} finally {
  await browser.close();
  await server.close();
}
