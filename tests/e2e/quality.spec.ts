import { test, expect } from '@playwright/test';
import { sitemapPaths } from '../../scripts/lib/site-pages.ts';
import { printBookPath } from '../../scripts/lib/pdf-paths.ts';
import { axeViolations } from './support/axe.ts';

// The 404 page is not in the sitemap, but every mistyped address shows it.
const pages = [...sitemapPaths(), '/404.html'];

test('the sitemap lists the home page and the first chapter, and not the print route', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/start-here/what-an-ai-engineer-is/');
  expect(pages).not.toContain(printBookPath);
});

for (const path of pages) {
  test(`${path} is axe-clean in light and dark, and cross-origin isolated`, async ({ page }) => {
    // Two full axe runs over a chapter (its lab's files, maths, figures and answers) take a good part of a minute on a busy machine.
    test.setTimeout(150_000);
    await page.goto(path);
    expect(await page.evaluate(() => crossOriginIsolated), `${path} is not crossOriginIsolated`).toBe(true);
    const light = await axeViolations(page, `${path} (light)`);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    const dark = await axeViolations(page, `${path} (dark)`);
    expect([...light, ...dark], `accessibility violations on ${path}`).toEqual([]);
  });
}

// The print route is not in the sitemap (it repeats every chapter), so it is checked here. It is printed
// in the light theme only, and it is large: axe runs once, in the page (see support/axe.ts).
test(`${printBookPath} is axe-clean in the light theme it is printed in, and cross-origin isolated`, async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(printBookPath, { timeout: 90_000 });
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  expect(await axeViolations(page, `${printBookPath} (light)`, { singleFrame: true }), `accessibility violations on ${printBookPath}`).toEqual([]);
});

test('the axe gate reports an image without alt text and names the page', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main><h1>Fixture</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
  const violations = await axeViolations(page, '/fixture/');
  expect(violations.some((line) => line.startsWith('/fixture/: image-alt'))).toBe(true);
  const singleFrame = await axeViolations(page, '/fixture/', { singleFrame: true });
  expect(singleFrame.some((line) => line.startsWith('/fixture/: image-alt')), 'the single-frame run misses it').toBe(true);
});
