import { test, expect } from '@playwright/test';
import { sitemapPaths } from '../../scripts/lib/site-pages.ts';
import { axeViolations } from './support/axe.ts';

const pages = sitemapPaths();

test('the sitemap lists the home page and the first chapter', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/start-here/what-an-ai-engineer-is/');
});

for (const path of pages) {
  test(`${path} is axe-clean in light and dark, and cross-origin isolated`, async ({ page }) => {
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

test('the axe gate reports an image without alt text and names the page', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main><h1>Fixture</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
  const violations = await axeViolations(page, '/fixture/');
  expect(violations.some((line) => line.startsWith('/fixture/: image-alt'))).toBe(true);
});
