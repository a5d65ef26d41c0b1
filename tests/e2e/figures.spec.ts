// Figures: each an SVG image named by its alt text, with a caption, in the theme's colours.
import { test, expect, type Page } from '@playwright/test';
import { pagesWith } from './support/built-pages.ts';

const figurePages = pagesWith('class="book-figure"');

async function figuresOf(page: Page) {
  return page.locator('figure.book-figure').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector(':scope > svg');
      const title = svg?.getAttribute('aria-labelledby') ? document.getElementById(svg.getAttribute('aria-labelledby')!) : null;
      return {
        role: svg?.getAttribute('role'),
        name: title?.tagName.toLowerCase() === 'title' ? (title.textContent ?? '') : '',
        caption: figure.querySelector(':scope > figcaption')?.textContent?.trim() ?? '',
        width: svg?.getBoundingClientRect().width ?? 0,
      };
    }),
  );
}

test('every figure is an SVG image named by its alt text, with a caption', async ({ page }) => {
  expect(figurePages.length).toBeGreaterThan(0);
  for (const path of figurePages) {
    await page.goto(path);
    const figures = await figuresOf(page);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.role, path).toBe('img');
      expect(figure.name.length, `${path}: a figure without a name`).toBeGreaterThanOrEqual(10);
      expect(figure.caption.length, `${path}: a figure without a caption`).toBeGreaterThan(0);
      expect(figure.width, `${path}: a figure is not drawn`).toBeGreaterThan(100);
      await expect(page.getByRole('img', { name: figure.name })).toBeVisible();
    }
  }
});

test('a figure takes its colours from the theme: its text and lines change with it', async ({ page }) => {
  await page.goto(figurePages[0]!);
  const colours = () =>
    page.locator('figure.book-figure svg').first().evaluate((svg) => ({
      text: getComputedStyle(svg.querySelector('text:not(.muted, .accent-text, .good-text, .warn-text, .bad-text)')!).fill,
      page: getComputedStyle(document.body).getPropertyValue('--sl-color-white'),
      body: getComputedStyle(svg).color,
    }));
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  const light = await colours();
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  const dark = await colours();
  expect(light.text).toBe(light.body);
  expect(dark.text).toBe(dark.body);
  expect(light.text).not.toBe(dark.text);
});

