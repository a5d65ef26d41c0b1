import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { WorkbenchDriver } from './support/workbench.ts';
import { printBookPath } from '../../scripts/lib/pdf-paths.ts';

async function search(page: Page, query: string) {
  await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.keyboard.press('ControlOrMeta+k');
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
  await page.keyboard.type(query, { delay: 10 });
  await expect(page.locator('.pagefind-ui__message')).toContainText(query);
  return page.locator('.pagefind-ui__result-link');
}

test('search finds a lab by an identifier that appears only in the lab’s code', async ({ page }) => {
  const identifier = 'chatCompletionEvents';
  expect(readFileSync('labs/streaming-client/src/fake-provider.ts', 'utf8')).toContain(identifier);
  await page.goto('/');
  const results = await search(page, identifier);
  await expect(results.first()).toHaveAttribute('href', /\/stage-1-foundation\/talking-to-models\//);
});

/** The count in Pagefind's "n results for q" message, or NaN while it says something else (searching, loading a filter). */
async function announcedResults(page: Page, query: string): Promise<number> {
  const text = await page.locator('.pagefind-ui__message').innerText();
  const match = new RegExp(`^(\\d+) results? for ${query}$`).exec(text.trim());
  return match ? Number(match[1]) : Number.NaN;
}

/** Waits until Pagefind has rendered every result it announced (up to its first page of five); returns the count announced. */
async function settledResults(page: Page, query: string): Promise<number> {
  await expect.poll(() => announcedResults(page, query)).not.toBeNaN();
  const announced = await announcedResults(page, query);
  await expect(page.locator('.pagefind-ui__result')).toHaveCount(Math.min(announced, 5));
  // A result is listed at once and gets its links when its fragment has loaded.
  await expect.poll(() => page.locator('.pagefind-ui__result').evaluateAll((results) => results.every((result) => result.querySelector('.pagefind-ui__result-link')))).toBe(true);
  return announced;
}

test('the stage filter narrows the results', async ({ page }) => {
  await page.goto('/');
  const query = 'stand-in';
  await search(page, query);
  const all = await settledResults(page, query);
  expect(all, 'the query should match several sections').toBeGreaterThan(1);
  // Pagefind opens a lone filter group by itself only while it has six values or fewer; the book has more sections.
  const stageFilter = page.locator('details.pagefind-ui__filter-block', { hasText: 'Stage' });
  if (!(await stageFilter.evaluate((details: HTMLDetailsElement) => details.open))) await stageFilter.locator('summary').click();
  await page.getByRole('checkbox', { name: /Start here/ }).check();
  // A plain read in the poll: loading the filter's index can take seconds on a busy machine, and a nested wait would eat the poll's time.
  await expect.poll(() => announcedResults(page, query), { timeout: 20_000 }).toBeLessThan(all);
  const filtered = await settledResults(page, query);
  expect(filtered).toBeGreaterThan(0);
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const href of hrefs) expect(href).toContain('/start-here/');
});

test('a result’s excerpt is a readable sentence around the query, not code or navigation', async ({ page }) => {
  await page.goto('/');
  const sidebar = (await page.locator('#starlight__sidebar a').allInnerTexts()).map((label) => label.trim()).filter(Boolean);
  // Words that appear both in a chapter's prose and in its lab's code, so the excerpt has a choice to make.
  for (const [query, lab] of [['jitter', 'labs/streaming-client/src/retry.ts'], ['softmax', 'labs/causal-attention/src/attention.ts']] as const) {
    expect(readFileSync(lab, 'utf8').toLowerCase(), `${lab} no longer mentions ${query}`).toContain(query);
    await search(page, query);
    const excerpt = page.locator('.pagefind-ui__result-excerpt').first();
    await expect(excerpt.locator('mark').first()).toHaveText(new RegExp(`^${query}\\W*$`, 'i'));
    const text = (await excerpt.innerText()).trim();
    const words = text.split(/\s+/);
    expect(words.length, `excerpt for "${query}": ${text}`).toBeGreaterThanOrEqual(8);
    expect(words.filter((word) => /^[\p{L}’'-]+[.,:;?!]?$/u.test(word)).length / words.length, `mostly words: ${text}`).toBeGreaterThan(0.8);
    expect(text, `code in the excerpt for "${query}"`).not.toMatch(/[{}<>=;]|=>|\w\(|\)\./);
    for (const label of sidebar.filter((candidate) => candidate.split(/\s+/).length >= 3)) expect(text, `navigation in the excerpt for "${query}"`).not.toContain(label);
    await page.keyboard.press('Escape');
  }
});

test('every page knows which chapter holds each lab: the pages where the workbenches really are', async ({ page }) => {
  await page.goto('/');
  const written = JSON.parse((await page.locator('#lab-chapters').textContent()) ?? '{}');
  expect(written).toEqual(labPages());
});

test.describe('progress', () => {
  const slug = 'cost-curve';
  const path = labPages()[slug];
  test.skip(!path, `no page embeds ${slug}`);

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  const node = (page: Page) => page.locator(`.roadmap [data-progress-chapter="${path}"]`);
  const stageCount = (page: Page) => page.locator('.roadmap-stage.stage-1 [data-progress-count]');

  test('a pass after Solve counts as passed with the solution, on the map, the overview and the sidebar, until Reset and a pass on the learner’s own code', async ({ page }) => {
    test.slow(); // two Test runs and five page loads
    await page.goto(path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.press('Solve');
    await wb.confirm('Show the solution');
    expect((await wb.test()).failed).toBe(0);
    await expect(wb.root.locator('.wb-tests-summary')).toContainText('Counted as passed with the solution');
    const sidebarLink = page.locator(`#starlight__sidebar a[href="${path}"]`);
    await expect(sidebarLink.locator('.progress-lab')).toContainText('lab passed with the solution');
    await expect(sidebarLink.locator('.progress-tick')).toHaveCount(0);

    await page.goto('/');
    await expect(node(page)).toHaveAttribute('data-lab-status', 'solution');
    await expect(node(page).locator('.progress-status')).toHaveText('lab passed with the solution');
    await expect(stageCount(page)).toHaveText(/^0 of \d+ chapters done · 0 of \d+ labs passed, 1 more with the solution$/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { labs: object; labsWithSolution: object };
    expect(Object.keys(exported.labs)).toEqual([]);
    expect(Object.keys(exported.labsWithSolution)).toEqual([slug]);

    // Reset, then the learner's own code: the files typed in, not laid over by Solve.
    await page.goto(path!);
    await wb.open();
    await wb.press('Reset');
    await wb.confirm('Reset to the starter');
    for (const file of ['src/cost.ts', 'src/count.ts']) {
      await wb.selectFile(file);
      await wb.replaceCode(readFileSync(`labs/${slug}/solution/${file}`, 'utf8'));
    }
    expect((await wb.test()).failed).toBe(0);
    await expect(wb.root.locator('.wb-tests-summary')).toContainText('well done');
    await expect(sidebarLink.locator('.progress-lab')).toContainText('lab passed');
    await expect(sidebarLink.locator('.progress-lab')).not.toContainText('with the solution');

    await page.goto('/');
    await expect(node(page)).toHaveAttribute('data-lab-status', 'passed');
    await expect(node(page)).toHaveAttribute('data-status', 'todo');
    await expect(node(page).locator('.progress-status')).toHaveText('lab passed');
    await expect(stageCount(page)).toHaveText(/^0 of (\d+) chapters done · 1 of \d+ labs passed$/);
    await expect(page.locator('.roadmap-stage.stage-1 progress')).toHaveJSProperty('value', 0);
    await page.goto('/stage-1-foundation/overview/');
    await expect(page.locator(`[data-progress-chapter="${path}"]`)).toHaveAttribute('data-lab-status', 'passed');
    await expect(page.locator(`[data-progress-chapter="${path}"] .progress-status`)).toHaveText('lab passed');
  });

  test('a pass with the lab’s test file edited does not count, and says why', async ({ page }) => {
    await page.goto(path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('test/cost.test.ts');
    await wb.replaceCode("import { test } from 'node:test';\ntest('always passes', () => {});\n");
    expect(await wb.test()).toEqual({ passed: 1, failed: 0 });
    await expect(wb.root.locator('.wb-tests-summary')).toContainText('This pass does not count: test/cost.test.ts differs from the lab’s own tests.');
    await expect(page.locator(`#starlight__sidebar a[href="${path}"] .progress-lab`)).toHaveCount(0);
    await page.goto('/');
    await expect(node(page)).toHaveAttribute('data-lab-status', 'todo');
  });

  test('marking a chapter done shows on the map and in the sidebar, apart from its lab, and survives a reload', async ({ page }) => {
    // A first visit, with nothing stored, loads no progress code until the toggle is pressed.
    const progressCode: string[] = [];
    page.on('request', (request) => /\/progress-(ui|store)\.[^/]*\.js$/.test(request.url()) && progressCode.push(request.url()));
    await page.goto(path!, { waitUntil: 'networkidle' });
    expect(progressCode, 'a first visit loaded the progress code').toEqual([]);
    await page.getByRole('button', { name: 'Mark this chapter as done' }).click();
    const sidebarLink = page.locator(`#starlight__sidebar a[href="${path}"]`);
    await expect(sidebarLink.locator('.progress-tick')).toBeVisible();
    expect(progressCode.length, 'the progress code is no longer fetched as progress-ui/progress-store: update this test').toBeGreaterThan(0);
    await expect(sidebarLink.locator('.progress-lab')).toHaveCount(0);
    await page.reload();
    await expect(page.locator(`#starlight__sidebar a[href="${path}"] .progress-tick`)).toBeVisible();
    await page.goto('/');
    await expect(node(page)).toHaveAttribute('data-status', 'done');
    await expect(node(page)).toHaveAttribute('data-lab-status', 'todo');
    await expect(node(page).locator('.progress-status')).toHaveText('done');
    await expect(stageCount(page)).toHaveText(/^1 of \d+ chapters done · 0 of \d+ labs passed$/);
    await expect(page.locator('.roadmap-stage.stage-1 progress')).toHaveJSProperty('value', 1);
  });

  test('export, then clear, then import restores progress', async ({ page }, testInfo) => {
    await page.goto(path!);
    await page.getByRole('button', { name: 'Mark this chapter as done' }).click();
    await page.goto('/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const file = join(testInfo.outputDir, 'progress.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).chapters).toHaveProperty(path!);
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Clear progress' }).click();
    await expect(node(page)).toHaveAttribute('data-status', 'todo');
    await page.getByLabel('Import progress').setInputFiles(file);
    await expect(page.locator('[data-progress-message]')).toContainText('Progress imported: 1 chapters');
    await expect(node(page)).toHaveAttribute('data-status', 'done');
  });

  test('a file that is not a progress export is refused with a reason', async ({ page }, testInfo) => {
    const file = join(testInfo.outputDir, 'bad.json');
    await import('node:fs').then(({ mkdirSync, writeFileSync }) => (mkdirSync(testInfo.outputDir, { recursive: true }), writeFileSync(file, '{"hello":1}')));
    await page.getByLabel('Import progress').setInputFiles(file);
    await expect(page.locator('[data-progress-message]')).toContainText('not a progress export');
  });
});

test.describe('the home map', () => {
  test('on a narrow phone it fits the screen and its text stays readable', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto('/');
    const roadmap = page.locator('.roadmap');
    await expect(roadmap).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page scrolls sideways').toBeLessThanOrEqual(320);
    const boxes = await roadmap.locator('a, .progress-status, .roadmap-months, text').evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const box = element.getBoundingClientRect();
          const size = element instanceof SVGTextElement ? box.height : parseFloat(getComputedStyle(element).fontSize);
          return { text: element.textContent?.trim().slice(0, 40), right: box.right, left: box.left, size, clipped: element instanceof HTMLElement && element.scrollWidth > element.clientWidth + 1 };
        }),
    );
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes) {
      expect(box.left, `"${box.text}" starts off screen`).toBeGreaterThanOrEqual(0);
      expect(box.right, `"${box.text}" runs off screen`).toBeLessThanOrEqual(320);
      expect(box.size, `"${box.text}" is too small to read`).toBeGreaterThanOrEqual(11);
      expect(box.clipped, `"${box.text}" is cut off`).toBe(false);
    }
  });

  test('it is a list, and Tab reaches each of its links in order', async ({ page }) => {
    await page.goto('/');
    const roadmap = page.locator('.roadmap');
    await expect(roadmap.getByRole('list').first()).toBeVisible();
    expect(await roadmap.locator('.roadmap-stages > li').count()).toBeGreaterThanOrEqual(3);
    const links = await roadmap.locator('a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(3);
    // Start just before the map, then walk through it with the keyboard.
    await page.locator('#roadmap-title').evaluate((heading: HTMLElement) => {
      heading.tabIndex = -1;
      heading.focus();
    });
    const reached: (string | null)[] = [];
    for (let step = 0; step < links.length; step++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement?.closest('.roadmap') ? document.activeElement.getAttribute('href') : 'left the map')));
    }
    expect(reached).toEqual(links);
  });

  test('after the stages it lists each section that has chapters (the tool stack, the habits and ladder), each heading leading to the section’s first page, on the site and on the PDF’s cover', async ({ page }) => {
    const firstPages = { 'The tool stack': '/tool-stack/overview/', 'Beyond the stages': '/beyond/habits-overview/' };
    await page.goto('/');
    const headings = page.locator('.roadmap .roadmap-beyond > li > h3 a');
    for (const [label, href] of Object.entries(firstPages)) await expect(headings.filter({ hasText: label })).toHaveAttribute('href', href);
    // The print route is large; its cover's map is read from the built file rather than loaded.
    const printed = readFileSync(join('dist', printBookPath, 'index.html'), 'utf8');
    const cover = printed.slice(printed.indexOf('class="print-cover"'), printed.indexOf('class="print-toc"'));
    for (const label of Object.keys(firstPages)) expect(cover, `the PDF's cover map lacks "${label}"`).toMatch(new RegExp(`roadmap-beyond[\\s\\S]*<h3[^>]*><a href="[^"]+"[^>]*>${label}</a>`));
  });

  test('printed, it shows the stages and chapters without the progress controls', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: /Timeline: Stage 1 runs/ })).toBeVisible();
    const nodes = page.locator('.roadmap [data-progress-chapter] a');
    expect(await nodes.count()).toBeGreaterThan(3);
    for (const link of await nodes.all()) await expect(link).toBeVisible();
    for (const selector of ['.roadmap progress', '.roadmap [data-progress-count]', '.roadmap .progress-status', '.progress-panel', '[data-progress-export]']) {
      for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
    }
    expect(await page.locator('.roadmap progress').count()).toBeGreaterThan(0);
  });
});
