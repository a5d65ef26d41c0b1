import { test, expect } from '@playwright/test';
import { printRouteLoadMs } from './support/print-route.ts';
import { sitemapPaths } from '../../scripts/lib/site-pages.ts';
import { printBookPath } from '../../scripts/lib/pdf-paths.ts';
import { allowTimeForAxe, axeViolations, colourRules } from './support/axe.ts';

// The 404 page is not in the sitemap, but every mistyped address shows it.
const pages = [...sitemapPaths(), '/404.html'];

test('the sitemap lists the home page and the first chapter, and not the print route', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/start-here/what-an-ai-engineer-is/');
  expect(pages).not.toContain(printBookPath);
});

// One test per page, given time for the size of its page: a long chapter scans for longer than a
// short one, and one slow scan does not use up the time of another. The page is scanned whole in
// the light theme; in the dark theme only the colour rules can give another answer (the markup is
// the same), so only they run again.
for (const path of pages) {
  test(`${path} is axe-clean in the light and dark themes, and cross-origin isolated`, async ({ page }) => {
    await page.goto(path);
    expect(await page.evaluate(() => crossOriginIsolated), `${path} is not crossOriginIsolated`).toBe(true);
    await allowTimeForAxe(page, 2);
    expect(await axeViolations(page, `${path} (light)`), `accessibility violations on ${path} (light)`).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    expect(await axeViolations(page, `${path} (dark)`, { rules: colourRules }), `accessibility violations on ${path} (dark)`).toEqual([]);
  });
}

// The print route is not in the sitemap (it repeats every chapter), so it is checked here. It is printed
// in the light theme only, and it is large: axe runs once, in the page (see support/axe.ts).
test(`${printBookPath} is axe-clean in the light theme it is printed in, and cross-origin isolated`, async ({ page }) => {
  test.setTimeout(printRouteLoadMs() + 30_000); // for loading it; the scan's time is added below, once its size is known
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(printBookPath, { timeout: printRouteLoadMs() });
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await allowTimeForAxe(page, 1, { singleFrame: true });
  expect(await axeViolations(page, `${printBookPath} (light)`, { singleFrame: true }), `accessibility violations on ${printBookPath}`).toEqual([]);
});

test('the axe gate reports an image without alt text and names the page', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main><h1>Fixture</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
  const violations = await axeViolations(page, '/fixture/');
  expect(violations.some((line) => line.startsWith('/fixture/: image-alt'))).toBe(true);
  const singleFrame = await axeViolations(page, '/fixture/', { singleFrame: true });
  expect(singleFrame.some((line) => line.startsWith('/fixture/: image-alt')), 'the single-frame run misses it').toBe(true);
});

test('the colour scan of the dark theme reports text too faint to read, and only the colour rules run', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main><h1>Fixture</h1><p style="color:#777;background:#888">faint</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
  const violations = await axeViolations(page, '/fixture/', { rules: colourRules });
  expect(violations.some((line) => line.startsWith('/fixture/: color-contrast')), violations.join('\n')).toBe(true);
  expect(violations.some((line) => line.startsWith('/fixture/: image-alt')), 'a rule other than the colour rules ran').toBe(false);
});

test('the axe gate looks into frames: a violation inside an iframe is reported', async ({ page }) => {
  const inner = '<!doctype html><html lang="en"><head><title>Inner</title></head><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>';
  const outer = '<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main><h1>Fixture</h1><iframe title="inner" src="/inner.html"></iframe></main></body></html>';
  await page.route('http://fixture.test/**', (route) => route.fulfill({ contentType: 'text/html', body: route.request().url().endsWith('/inner.html') ? inner : outer }));
  await page.goto('http://fixture.test/');
  await expect(page.frameLocator('iframe').locator('img')).toHaveCount(1);
  const violations = await axeViolations(page, '/framed/');
  expect(violations.some((line) => line.startsWith('/framed/: image-alt')), violations.join('\n')).toBe(true);
});
