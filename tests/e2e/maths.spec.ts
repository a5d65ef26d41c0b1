// Maths in the chapters is typeset by KaTeX when the site builds: no TeX is left in any
// page, the fonts come from this site, and no page is wider than a phone's window.
import { test, expect } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { builtHtml, pages, pagesWith } from './support/built-pages.ts';

const mathsPages = pagesWith('class="katex"');
const figurePages = pagesWith('class="book-figure"');

/** The text a reader sees in a page's content, outside code and outside typeset maths. */
function proseOf(html: string): string[] {
  const texts: string[] = [];
  const classes = (element: Element) => (element.properties.className as string[] | undefined) ?? [];
  const walk = (node: Nodes, inContent: boolean) => {
    if (node.type === 'text' && inContent) texts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && (['pre', 'code', 'script', 'style'].includes(node.tagName) || classes(node).includes('katex'))) return;
    const content = inContent || (node.type === 'element' && classes(node).includes('sl-markdown-content'));
    for (const child of node.children) walk(child as Nodes, content);
  };
  walk(fromHtml(html), false);
  return texts;
}

test('maths is typeset at build time: no $$ is left in any page’s text', () => {
  expect(mathsPages.length, 'no page has maths: the check would pass on nothing').toBeGreaterThan(3);
  for (const path of pages) {
    const leftover = proseOf(builtHtml(path)).filter((text) => text.includes('$$'));
    expect(leftover, `${path} shows raw TeX`).toEqual([]);
  }
});

test('maths uses KaTeX’s fonts, served by this site, and only pages with maths load them', async ({ page, baseURL }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto(mathsPages[0]!);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.locator('.katex').first().evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/KaTeX_Main/);
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
  expect(fonts.some((url) => /KaTeX_/.test(url)), 'no KaTeX font was fetched').toBe(true);
  for (const url of fonts) expect(url.startsWith(baseURL ?? ''), `a font from elsewhere: ${url}`).toBe(true);
  const plain = pages.find((path) => !mathsPages.includes(path) && path !== '/');
  await page.goto(plain!);
  const stylesheets = await page.evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
  expect(stylesheets, `${plain} loads KaTeX's stylesheet without any maths`).not.toMatch(/KaTeX_Main/);
});

for (const width of [1280, 390]) {
  test(`at ${width} px, no page with maths or figures is wider than the window`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of new Set([...mathsPages, ...figurePages])) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

