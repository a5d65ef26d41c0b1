import { test, expect } from '@playwright/test';

test.describe('the print route, as the PDF export sees it', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.goto('/print-book/');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  });

  test('no line of any code block overflows its column', async ({ page }) => {
    const overflowing = await page.$$eval('.print-book pre, .print-book code', (elements) =>
      elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent?.slice(0, 60)),
    );
    expect(overflowing).toEqual([]);
    expect(await page.locator('.print-book pre').count()).toBeGreaterThan(5);
  });

  test('none of the site’s chrome shows', async ({ page }) => {
    for (const selector of ['header.header', '#starlight__sidebar', 'site-search', '.pagination-links', '.lab-workbench', '.chapter-done', 'starlight-theme-select']) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
    }
  });

  test('external links carry their URL; internal ones do not', async ({ page }) => {
    const after = (selector: string) => page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(await after('.print-book .sl-markdown-content a[href^="https://"]')).toMatch(/^"\s*\(https:/);
    expect(await after('.print-toc a')).toMatch(/^(none|normal)$/);
  });

  test('every chapter starts on a new page and the roadmap diagram is there', async ({ page }) => {
    const breaks = await page.$$eval('.print-chapter', (chapters) => chapters.map((chapter) => getComputedStyle(chapter).breakBefore));
    expect(breaks.every((value) => value === 'page')).toBe(true);
    await expect(page.getByRole('img', { name: /Timeline: Stage 1 runs from month 1 to 3/ })).toBeVisible();
  });
});
