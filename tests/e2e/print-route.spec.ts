import { test, expect, type Page } from '@playwright/test';
import { columnHeightPx, columnWidthPx, elementsWiderThanWindow } from '../../scripts/lib/pdf-layout.ts';
import { printBookPath } from '../../scripts/lib/pdf-paths.ts';
import { printRouteLoadMs } from './support/print-route.ts';
import { allowTimeForAxe, axeViolations } from './support/axe.ts';
import { listingSelector, removeRepeatedListings } from './support/code-listings.ts';


test.describe('the print route, as the PDF export sees it', () => {
  // The page holds the whole book and takes a while to load: it is loaded once per worker, and only read.
  test.describe.configure({ mode: 'default', timeout: 120_000 }); // in order, in one worker; a failure skips nothing
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(printRouteLoadMs() + 10_000);
    // The PDF's text column: A4 less its margins, in print media, as the export prints it.
    page = await browser.newPage({ viewport: { width: columnWidthPx, height: columnHeightPx } });
    await page.goto(printBookPath, { timeout: printRouteLoadMs() });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  });
  test.afterAll(() => page.close());

  test('nothing is wider than the PDF’s column (Chromium would shrink every page of the book to fit it)', async () => {
    const wider = await page.evaluate(elementsWiderThanWindow, 5);
    expect(wider).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(columnWidthPx);
  });

  test('no line of any code block overflows the PDF’s column', async () => {
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(columnWidthPx);
    const overflowing = await page.$$eval('.print-book pre, .print-book code', (elements) =>
      elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent?.slice(0, 60)),
    );
    expect(overflowing).toEqual([]);
    expect(await page.locator('.print-book pre').count()).toBeGreaterThan(5);
    const wider = await page.$$eval('.print-book pre', (blocks) => blocks.filter((block) => block.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
    expect(wider, 'code blocks reach past the column').toBe(0);
  });

  test('code is printed in the light theme’s colours, painted as ranges rather than a span per token', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.codePainted === 'true');
    const painted = await page.evaluate(() => {
      const lines = [...document.querySelectorAll<HTMLElement>('.print-book [data-code-colours]')];
      const ranges = lines.reduce((sum, line) => sum + line.dataset.codeColours!.split(';').length, 0);
      const highlights = [...CSS.highlights.entries()].filter(([name]) => name.startsWith('code-'));
      const highlighted = highlights.reduce((sum, [, highlight]) => sum + highlight.size, 0);
      // A keyword's colour: the first word of the first line that starts with "export ".
      const exportLine = lines.find((line) => line.textContent?.startsWith('export '));
      const keyword = highlights.find(([, highlight]) => [...highlight].some((range) => range.startContainer.parentElement === exportLine && range.toString().startsWith('export')));
      const tokenSpans = document.querySelectorAll('.print-book .ec-line span[style]').length;
      return { lines: lines.length, ranges, highlighted, keyword: keyword?.[0], tokenSpans };
    });
    expect(painted.lines, 'lines of code carrying their colours').toBeGreaterThan(5_000);
    expect(painted.highlighted, 'every range of every line is painted').toBe(painted.ranges);
    expect(painted.keyword, 'the keyword export is painted in the light theme’s keyword colour').toBe('code-8844ae');
    expect(painted.tokenSpans, 'no span per token is left').toBe(0);
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector('.print-book [data-code-colours]')!, '::highlight(code-8844ae)').color);
    expect(colour).toBe('rgb(136, 68, 174)');
  });

  test('folded content (each lab’s other files) is unfolded as the page arrives', async () => {
    const details = await page.$$eval('.print-book details', (elements) => (elements as HTMLDetailsElement[]).map((element) => element.open));
    expect(details.length).toBeGreaterThan(0);
    expect(details.every(Boolean)).toBe(true);
  });

  test('the checkpoint answers are printed in their appendix, with their questions, not under the questions', async () => {
    expect(await page.locator('.print-chapter[data-print-chapter-href] details.checkpoint-answer').count()).toBe(0);
    const appendix = page.locator('article#appendix-answers');
    await expect(appendix.getByRole('heading', { level: 1 })).toHaveText('Answers to the checkpoint questions');
    const groups = appendix.locator('section.print-answers');
    expect(await groups.count()).toBeGreaterThan(0);
    const questions = await appendix.locator('.print-answer-question').count();
    expect(questions).toBeGreaterThanOrEqual(await groups.count());
    expect(await appendix.locator('.print-answer-body').count()).toBe(questions);
    // Each group is headed by its chapter's title, and the chapter's questions point to it.
    for (const group of (await groups.all()).slice(0, 3)) {
      const id = await group.locator('h2').getAttribute('id');
      const title = await group.locator('h2').textContent();
      await expect(page.locator(`.print-chapter[data-print-chapter-href]:has(a[href="#${id}"]) [data-print-chapter-title]`)).toHaveText(title ?? '');
    }
    expect(await page.locator('.print-answers-note a').count()).toBe(await groups.count());
  });

  test('figures are drawn, and they and display formulas fit the PDF’s column; a figure is not split across pages', async () => {
    const wider = await page.$$eval('.print-book :is(figure.book-figure svg, .math-display .katex-display)', (elements) =>
      elements.filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((element) => element.closest('[id]')?.id),
    );
    expect(wider).toEqual([]);
    const undrawn = await page.$$eval('.print-book figure.book-figure > svg', (svgs) => svgs.filter((svg) => svg.getBoundingClientRect().width <= 100).map((svg) => svg.closest('[id]')?.id));
    expect(undrawn, 'figures drawn 100 px wide or less').toEqual([]);
    const figures = page.locator('.print-book figure.book-figure');
    expect(await figures.count()).toBeGreaterThan(0);
    expect(await figures.first().evaluate((figure) => getComputedStyle(figure).breakInside)).toBe('avoid');
  });

  test('none of the site’s chrome shows', async () => {
    for (const selector of ['header.header', '#starlight__sidebar', 'site-search', '.pagination-links', '.lab-workbench', '.chapter-done', 'starlight-theme-select']) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
    }
  });

  test('the learner’s progress does not show; the stage’s list of chapters does', async () => {
    const lists = page.locator('.print-book .chapter-nodes-list');
    expect(await lists.count()).toBeGreaterThan(0);
    await expect(lists.first()).toBeVisible();
    for (const selector of ['progress', '[data-progress-count]', '.progress-status', '.progress-panel', '[data-progress-toggle]', '[data-ladder-status]', '[data-ladder-verdict]']) {
      for (const element of await page.locator(`.print-book ${selector}`).all()) await expect(element, selector).toBeHidden();
    }
  });

  test('external links carry their URL; internal ones do not', async () => {
    const after = (selector: string) => page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(await after('.print-book .sl-markdown-content a[href^="https://"]')).toMatch(/^"\s*\(https:/);
    expect(await after('.print-toc a')).toMatch(/^(none|normal)$/);
  });

  test('every chapter starts on a new page and the roadmap diagram is there', async () => {
    const breaks = await page.$$eval('.print-chapter', (chapters) => chapters.map((chapter) => getComputedStyle(chapter).breakBefore));
    expect(breaks.every((value) => value === 'page')).toBe(true);
    await expect(page.getByRole('img', { name: /Timeline: Stage 1 runs from month 1 to 3/ })).toBeVisible();
  });

  test('ids are unique, and each chapter’s headings carry its prefix', async () => {
    const ids = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const headings = await page.$$eval('.print-chapter[data-print-chapter-href]', (chapters) =>
      chapters.flatMap((chapter) => [...chapter.querySelectorAll('.sl-markdown-content :is(h2, h3)[id]')].map((heading) => ({ chapter: chapter.id, id: heading.id }))),
    );
    expect(headings.filter(({ id }) => id.endsWith('-learning-goals')).length).toBeGreaterThan(3);
    for (const { chapter, id } of headings) expect(id.startsWith(`${chapter}-`), `${id} in ${chapter}`).toBe(true);
  });

  test('every link in the book leads into the document or to the public web, never back to this server', async ({ baseURL }) => {
    // One pass in the page: the book has thousands of links, and a round trip for each is minutes under load.
    const links = await page.$$eval('.print-book a[href]', (anchors) => {
      const ids = new Map<string, number>();
      for (const element of document.querySelectorAll('[id]')) ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
      return anchors.map((anchor) => {
        const raw = anchor.getAttribute('href') ?? '';
        return { raw, text: anchor.textContent?.trim().slice(0, 40), targets: raw.startsWith('#') ? (ids.get(decodeURIComponent(raw.slice(1))) ?? 0) : undefined };
      });
    });
    expect(links.length).toBeGreaterThan(50);
    for (const { raw, text, targets } of links) {
      if (raw.startsWith('#')) {
        expect(targets, `"${text}" leads to ${raw}, which is not in the document`).toBe(1);
      } else {
        expect(raw, `"${text}"`).toMatch(/^(https:|mailto:)/);
        expect(raw.startsWith(baseURL ?? 'http://127.0.0.1'), `"${text}" leads back to the server: ${raw}`).toBe(false);
      }
    }
    // The stage overview lists its chapters: those links now lead to the chapters in the document.
    expect(await page.locator('.print-book .chapter-nodes-list a[href^="#chapter-"]').count()).toBeGreaterThan(3);
  });

  test('the print route has the chapters in the order of the sidebar', async ({ page: chapter }) => {
    await chapter.goto('/start-here/what-an-ai-engineer-is/');
    const sidebar = await chapter.locator('#starlight__sidebar a[href]').evaluateAll((links) =>
      (links as HTMLAnchorElement[]).filter((link) => link.origin === location.origin).map((link) => link.pathname),
    );
    const printed = await page.locator('.print-chapter[data-print-chapter-href]').evaluateAll((chapters) => chapters.map((element) => element.getAttribute('data-print-chapter-href')));
    expect(sidebar.length).toBeGreaterThan(3);
    expect(printed).toEqual(sidebar);
  });

  test('the print route is left out of the search index and asks search engines not to index it', async () => {
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  // Every chapter's content is here, so this one scan is the content's accessibility check; the site
  // around it, the components and the dark theme are scanned in quality.spec.ts. It is printed in the
  // light theme only, as laid out for print; axe runs once, in the page (see support/axe.ts). Of the
  // printed lab files and solutions, only those that show a look of text no other code block shows are
  // scanned; the rest are taken out of the page (support/code-listings.ts), so this test comes last.
  test('the book, as printed, is axe-clean in the light theme and cross-origin isolated', async () => {
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const listings = await page.evaluate(removeRepeatedListings, listingSelector);
    expect(listings.removed, 'no printed listing was found to leave out: has the selector stopped matching?').toBeGreaterThan(0);
    await allowTimeForAxe(page, 1, { singleFrame: true });
    expect(await axeViolations(page, `${printBookPath} (light, print)`, { singleFrame: true }), `accessibility violations on ${printBookPath}`).toEqual([]);
  });
});
