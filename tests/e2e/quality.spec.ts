import { test, expect } from '@playwright/test';
import { sitemapPaths } from '../../scripts/lib/site-pages.ts';
import { printBookPath } from '../../scripts/lib/pdf-paths.ts';
import { allowTimeForAxe, axeViolations, colourRules } from './support/axe.ts';
import { builtTree } from './support/built-pages.ts';
import { coveringPages, kindsOf } from './support/page-kinds.ts';

// The 404 page is not in the sitemap, but every mistyped address shows it.
const pages = [...sitemapPaths(), '/404.html'];

// Every chapter's content is scanned on the print route, which holds the whole book (print-route.spec.ts).
// What the print route leaves out is the site around the content, the components that run in the page, and
// the dark theme: those are scanned here, on the fewest pages that between them show every kind of element
// the site's pages use (support/page-kinds.ts). A new component or layout brings its page into the scan.
const scanned = coveringPages(pages.map((path) => ({ path, kinds: kindsOf(builtTree(path)) })));

test('the sitemap lists the home page and the first chapter, and not the print route', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/start-here/what-an-ai-engineer-is/');
  expect(pages).not.toContain(printBookPath);
});

test('the pages scanned show every kind of element that any page shows', () => {
  const covered = new Set(scanned.flatMap((path) => [...kindsOf(builtTree(path))]));
  for (const path of pages) {
    const missing = [...kindsOf(builtTree(path))].filter((kind) => !covered.has(kind));
    expect(missing, `${path} has kinds no scanned page has`).toEqual([]);
  }
  expect(scanned).toContain('/');
  expect(scanned.length).toBeLessThan(pages.length);
});

// One test per page, given time for the size of its page: a long chapter scans for longer than a
// short one, and one slow scan does not use up the time of another. The page is scanned whole in
// the light theme; in the dark theme only the colour rules can give another answer (the markup is
// the same), so only they run again.
for (const path of scanned) {
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
