// Figures: each an SVG image named by its alt text, with a caption, in the theme's colours.
import { test, expect } from '@playwright/test';
import { builtTree, pagesWith, select, textOf } from './support/built-pages.ts';

const figurePages = pagesWith('class="book-figure"');

// Whether each figure is named and captioned is in the built HTML: every page is read there. One page is
// checked in the browser, where the name must reach the accessibility tree and the figure must be drawn;
// the print route's test checks that every figure is drawn within the PDF's column.
test('every figure is an SVG image named by its <title>, with a caption', () => {
  expect(figurePages.length).toBeGreaterThan(0);
  for (const path of figurePages) {
    const tree = builtTree(path);
    const figures = select(tree, 'figure.book-figure');
    expect(figures.length, `${path}: no figure`).toBeGreaterThan(0);
    for (const figure of figures) {
      const svg = figure.children.find((child) => child.name === 'svg');
      expect(svg?.attributes.role, `${path}: a figure that is not an SVG image`).toBe('img');
      const titleId = svg?.attributes['aria-labelledby'] ?? '';
      const [title] = select(tree, `title[id="${titleId}"]`);
      expect(title, `${path}: aria-labelledby="${titleId}" names no <title>`).toBeTruthy();
      expect(textOf(title!).trim().length, `${path}: a figure whose name is shorter than 10 characters`).toBeGreaterThanOrEqual(10);
      const caption = figure.children.find((child) => child.name === 'figcaption');
      expect(caption, `${path}: a figure without a caption`).toBeTruthy();
      expect(textOf(caption!).trim(), `${path}: a figure with an empty caption`).not.toBe('');
    }
  }
});

test('a figure reaches the accessibility tree by its name, and is drawn', async ({ page }) => {
  await page.goto(figurePages[0]!);
  const figure = page.locator('figure.book-figure').first();
  const name = (await figure.locator(':scope > svg > title').textContent()) ?? '';
  await expect(page.getByRole('img', { name: name.trim() })).toBeVisible();
  expect((await figure.locator(':scope > svg').boundingBox())?.width ?? 0).toBeGreaterThan(100);
  await expect(figure.locator(':scope > figcaption')).toBeVisible();
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

