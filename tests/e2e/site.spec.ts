import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from '../../scripts/lib/site-pages.ts';

const chapter = '/start-here/what-an-ai-engineer-is/';

test('the home page says what the book is and draws the three stages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Engineer Roadmap');
  await expect(page.getByText('For whom:')).toBeVisible();
  const stages = page.locator('.roadmap-stages:not(.roadmap-beyond) > li');
  await expect(stages).toHaveCount(3);
  await expect(stages.nth(0)).toContainText('Stage 1 — Foundation');
  await expect(stages.nth(0)).toContainText('months 1–3');
  await expect(stages.nth(1)).toContainText('months 3–8');
  await expect(stages.nth(2)).toContainText('months 8–14');
  await expect(page.getByRole('img', { name: /Timeline/ })).toBeVisible();
  await page.getByRole('link', { name: 'Start reading' }).click();
  await expect(page).toHaveURL(new RegExp(`${chapter}$`));
});

test('a stage in the diagram links to its first chapter when it has one', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('.roadmap-stages h3 a');
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) {
    const response = await page.request.get(href ?? '');
    expect(response.status(), `diagram link ${href}`).toBe(200);
  }
});

test('a section’s folder URL leads to the section’s first page, the one the diagram links to', async ({ page }) => {
  await page.goto('/');
  const first = await page.locator('.roadmap-stages h3 a').first().getAttribute('href');
  expect(first).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
  const folder = first!.replace(/[^/]+\/$/, '');
  await page.goto(folder);
  await expect(page).toHaveURL(new RegExp(`${first}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an unknown address gets a 404 page that leads back into the book', async ({ page }) => {
  const response = await page.goto('/stage-1-foundation/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'The home page and roadmap' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Engineer Roadmap');
});

test('the sidebar lists only sections that have chapters, in book order', async ({ page }) => {
  await page.goto(chapter);
  const groups = await page.locator('#starlight__sidebar details > summary').allInnerTexts();
  const order = ['Start here', 'Stage 1', 'Stage 2', 'Stage 3', 'The tool stack', 'Beyond the stages', 'Portfolio capstones', 'Contributing'];
  const positions = groups.map((label) => order.findIndex((prefix) => label.trim().startsWith(prefix)));
  expect(positions.every((position) => position >= 0), `unknown sidebar group in ${groups.join(' | ')}`).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(groups[0]?.trim()).toBe('Start here');
  await expect(page.locator('#starlight__sidebar')).toContainText('What an AI engineer is');
});

test('the sidebar marks the current page, its groups fold from the keyboard, and a folded group stays folded on the next page', async ({ page }) => {
  await page.goto('/stage-1-foundation/cost-curve/');
  const sidebar = page.locator('#starlight__sidebar');
  const current = sidebar.locator('a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText('The cost curve');
  await expect(current).toHaveAttribute('href', '/stage-1-foundation/cost-curve/');
  const stage2 = sidebar.locator('details', { has: page.locator('summary', { hasText: 'Stage 2' }) });
  const stage2Link = stage2.getByRole('link', { name: 'Vector databases' });
  await expect(stage2Link).toBeVisible();
  await stage2.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(stage2Link).toBeHidden();
  await page.keyboard.press('Space');
  await expect(stage2Link).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(stage2Link).toBeHidden();
  await sidebar.getByRole('link', { name: 'Embeddings' }).click();
  await expect(page).toHaveURL(/\/stage-1-foundation\/embeddings\/$/);
  await expect(stage2Link).toBeHidden();
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveText('Embeddings');
});

test('a heading’s link shows its icon, drawn by the stylesheet, and leads to the heading', async ({ page }) => {
  await page.goto('/stage-1-foundation/cost-curve/');
  const heading = page.locator('.sl-heading-wrapper', { has: page.getByRole('heading', { level: 2, name: 'Learning goals' }) });
  const link = heading.getByRole('link', { name: 'Section titled “Learning goals”' });
  await heading.hover();
  const icon = await link.locator('.sl-anchor-icon').evaluate((span) => {
    const before = getComputedStyle(span, '::before');
    return { children: span.children.length, width: parseFloat(before.width), mask: before.maskImage };
  });
  expect(icon.children).toBe(0);
  expect(icon.width).toBeGreaterThan(10);
  expect(icon.mask).toMatch(/^url\("data:image\/svg\+xml/);
  await link.click();
  await expect(page).toHaveURL(/#learning-goals$/);
});

test('the contents beside a chapter, and on a phone its “On this page” menu, mark the section being read and lead to each section', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(chapter);
  const contents = page.locator('starlight-toc');
  await contents.getByRole('link', { name: 'Further reading' }).click();
  await expect(page).toHaveURL(/#further-reading$/);
  await expect(contents.locator('a[aria-current="true"]')).toHaveText('Further reading');
  const nested = contents.locator('ul ul a').first();
  const padding = async (link: typeof nested) => link.evaluate((element) => parseFloat(getComputedStyle(element).paddingInlineStart));
  expect(await padding(nested)).toBeGreaterThan(await padding(contents.locator('a').first()));

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/stage-1-foundation/cost-curve/');
  const menu = page.locator('mobile-starlight-toc');
  await menu.locator('summary').click();
  const link = menu.getByRole('link', { name: 'What moves the curve' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/#what-moves-the-curve$/);
  await expect(link).toBeHidden();
  await expect(menu.locator('.display-current')).toHaveText('What moves the curve');
  await expect(menu.locator('a[aria-current="true"]')).toHaveText('What moves the curve');
});

test('the header’s GitHub link, the edit link and the previous and next links show their icons and lead where they say', async ({ page }) => {
  await page.goto('/stage-1-foundation/cost-curve/');
  const iconWidth = (link: ReturnType<typeof page.locator>) => link.locator('.book-icon').evaluate((icon) => icon.getBoundingClientRect().width);
  const github = page.locator('header').getByRole('link', { name: 'GitHub' });
  await expect(github).toHaveAttribute('href', /^https:\/\/github\.com\//);
  const edit = page.getByRole('link', { name: 'Edit page' });
  await expect(edit).toHaveAttribute('href', /\/edit\/main\/src\/content\/docs\/stage-1-foundation\/cost-curve\.mdx$/);
  for (const link of [github, edit]) expect(await iconWidth(link)).toBeGreaterThan(10);
  const next = page.locator('.pagination-links a[rel="next"]');
  expect(await iconWidth(next)).toBeGreaterThan(15);
  await expect(page.locator('.pagination-links a[rel="prev"]')).toContainText('Previous');
  await next.click();
  await expect(page).toHaveURL(/\/stage-2-core\/overview\/$/);
});

test('the chapter follows the book’s chapter structure', async ({ page }) => {
  await page.goto(chapter);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What an AI engineer is');
  for (const heading of ['Learning goals', 'Checkpoint questions', 'Further reading']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
});

test('dark mode can be chosen and is remembered', async ({ page }) => {
  await page.goto(chapter);
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

/** The visible words of a built page's main content, lower-cased. */
function pageWords(path: string): string {
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
  return main.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').toLowerCase();
}

/**
 * A word of the chapter whose stem is on no other page, so Pagefind can match nothing else. The stem is taken
 * as the first five letters: Pagefind's stemmer cuts "triaging" to "triag", which "triage" elsewhere matches.
 */
function wordOnlyIn(chapterPath: string): string {
  const others = sitemapPaths().filter((path) => path !== chapterPath).map((path) => readFileSync(join('dist', path, 'index.html'), 'utf8').toLowerCase());
  const candidates = [...new Set(pageWords(chapterPath).match(/\b[a-z]{8,}\b/g) ?? [])];
  const word = candidates.find((candidate) => others.every((html) => !html.includes(candidate.slice(0, 5))));
  if (!word) throw new Error(`${chapterPath}: no word of the chapter is absent from every other page; the search test needs one`);
  return word;
}

test('search finds a word that appears only in the chapter, and only that chapter', async ({ page }) => {
  const word = wordOnlyIn(chapter);
  await page.goto('/');
  await expect(page.locator('button[data-open-modal]')).toBeEnabled();
  // Starlight creates the search field when the page is idle; the shortcut focuses it once it exists.
  await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  // Typed, not filled: the shortcut must leave the focus in the search field.
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
  await page.keyboard.type(word, { delay: 20 });
  await expect(page.locator('.pagefind-ui__message')).toHaveText(`1 result for ${word}`);
  await expect(page.locator('.pagefind-ui__result')).toHaveCount(1);
  // Pagefind lists a result at once and fills in its links when the result's fragment has loaded.
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  // The one result, and the sections of it that Pagefind links to, are all in the chapter.
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^${chapter}(#[\\w-]+)?$`));
});
