// The workbench's results as Node gives them (issue 16, items 3 and 6): a failed
// assertion's own message, a deep-equal diff, every failure and thrown error at
// its file:line:column in the learner's TypeScript (a button that opens the file
// there), and charts drawn with the kit's plot() as SVG in the page and as text
// in Node.
import { test, expect, type Page } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';
import { solutionOutputInNode } from './support/node-run.ts';

const slug = 'cost-curve';
const pagePath = labPages()[slug];

/** A src/count.ts that throws at a known place (line 3, at the `new` of the error, as V8 places it). */
const countSource = [
  'export function countPrompt(system: string, user: string): { inputTokens: number; stablePrefixTokens: number } {',
  '  const joined: string = `${system}\\n${user}`;',
  '  if (joined.length > 0) throw new RangeError(`too long: ${joined.length} characters`);',
  '  return { inputTokens: 0, stablePrefixTokens: 0 };',
  '}',
].join('\n');
const throwColumn = countSource.split('\n')[2]!.indexOf('new RangeError') + 1;

const testSource = [
  "import { test } from 'node:test';",
  "import assert from 'node:assert/strict';",
  "import { countPrompt } from '../src/count.ts';",
  '',
  "test('ok with a message', () => {",
  '  const total: number = 1;',
  "  assert.ok(total > 2, 'the total should be over two');",
  '});',
  "test('a bare ok', () => {",
  '  const total: number = 1;',
  '  assert.ok(total > 2);',
  '});',
  "test('deep equality', () => {",
  "  assert.deepStrictEqual({ id: 'a', scores: [1, 2] }, { id: 'a', scores: [1, 3] });",
  '});',
  "test('a thrown error', () => {",
  "  countPrompt('system', 'user');",
  '});',
].join('\n');
/** V8 places a method call at the method's name. */
const okColumn = testSource.split('\n')[6]!.indexOf('ok(') + 1;

/** The editor's open file, and the line and column of its cursor (from 1). */
async function cursor(page: Page, slugName: string): Promise<{ file: string | null; line: string; column: number; focused: boolean }> {
  return page.evaluate((name) => {
    const root = document.querySelector(`[data-lab-workbench="${name}"]`)!;
    const selection = getSelection()!;
    const anchor = selection.anchorNode!;
    const line = (anchor instanceof Element ? anchor : anchor.parentElement)!.closest('.cm-line')!;
    const range = document.createRange();
    range.setStart(line, 0);
    range.setEnd(anchor, selection.anchorOffset);
    return {
      file: root.querySelector('[role="tab"][aria-selected="true"]:not(.wb-view-tab)')?.textContent?.trim() ?? null,
      line: line.textContent ?? '',
      column: range.toString().length + 1,
      focused: document.activeElement?.classList.contains('cm-content') ?? false,
    };
  }, slugName);
}

async function failure(wb: WorkbenchDriver, name: string) {
  const item = wb.root.locator('.wb-test-fail', { has: wb.page.locator('.wb-test-name strong', { hasText: new RegExp(`^${name}$`) }) });
  await expect(item).toHaveCount(1);
  return item;
}

test.describe('test output in the workbench, on the cost-curve lab', () => {
  test.skip(!pagePath, `no built page embeds <Lab slug="${slug}"/>`);

  test.beforeEach(({ page }) => freshLabPage(page, pagePath ?? '/'));

  test('a failed assertion reads as node --test prints it, with a diff and the place in the TypeScript; the place opens the file there, by mouse and by keyboard', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/count.ts');
    await wb.replaceCode(countSource);
    await wb.selectFile('test/cost.test.ts');
    await wb.replaceCode(testSource);
    const { failed } = await wb.test();
    expect(failed).toBe(4);

    // assert.ok(cond, msg) says msg and nothing else; its place is the call in the test file.
    const withMessage = await failure(wb, 'ok with a message');
    await expect(withMessage.locator('.wb-test-message')).toHaveText('the total should be over two');
    await expect(withMessage.locator('.wb-stack .wb-location').first()).toHaveText(`test/cost.test.ts:7:${okColumn}`);

    // A bare assert.ok names the expression that was falsy, as Node does.
    const bare = await failure(wb, 'a bare ok');
    await expect(bare.locator('.wb-test-message')).toHaveText('The expression evaluated to a falsy value:\n\n  assert.ok(total > 2)');
    await expect(bare.locator('.wb-stack .wb-location').first()).toHaveText(`test/cost.test.ts:11:${okColumn}`);

    // deepStrictEqual: Node's "+ actual - expected" diff, each side marked.
    const deep = await failure(wb, 'deep equality');
    await expect(deep.locator('.wb-test-message')).toContainText('Expected values to be strictly deep-equal:\n+ actual - expected');
    await expect(deep.locator('.wb-diff-actual')).toHaveText(['+     2\n']);
    await expect(deep.locator('.wb-diff-expected')).toHaveText(['-     3\n']);

    // An error thrown in the learner's code: its name and message, and its frames from the innermost.
    const thrown = await failure(wb, 'a thrown error');
    await expect(thrown.locator('.wb-test-message')).toHaveText('RangeError: too long: 11 characters');
    const places = thrown.locator('.wb-stack .wb-location');
    await expect(places.first()).toHaveText(`src/count.ts:3:${throwColumn}`);
    await expect(places.nth(1)).toHaveText(/^test\/cost\.test\.ts:17:\d+$/);

    await places.first().click();
    await expect(wb.root.getByRole('tab', { name: 'src/count.ts' })).toHaveAttribute('aria-selected', 'true');
    expect(await cursor(page, slug)).toEqual({ file: 'src/count.ts', line: countSource.split('\n')[2], column: throwColumn, focused: true });

    // The keyboard: the place is a button, reached and pressed like one.
    const place = withMessage.locator('.wb-location').first();
    await place.focus();
    await page.keyboard.press('Enter');
    await expect(wb.root.getByRole('tab', { name: 'test/cost.test.ts' })).toHaveAttribute('aria-selected', 'true');
    expect(await cursor(page, slug)).toEqual({ file: 'test/cost.test.ts', line: testSource.split('\n')[6], column: okColumn, focused: true });
  });

  for (const width of [1280, 390]) {
    test(`at ${width} px, an error that ends Run is printed with its places in the TypeScript, each a button that opens the file (by keyboard)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      const wb = new WorkbenchDriver(page, slug);
      await wb.open();
      await wb.selectFile('src/count.ts');
      await wb.replaceCode(countSource);
      await wb.runCode("import { countPrompt } from './count.ts';\nconst label: string = 'x';\ncountPrompt(label, label);\n");
      await expect(wb.output).toContainText('RangeError: too long: 3 characters');
      await expect(wb.output).toContainText(`at countPrompt (src/count.ts:3:${throwColumn})`);
      await expect(wb.output).toContainText('src/main.ts:3:1');
      const place = wb.output.getByRole('button', { name: `src/count.ts:3:${throwColumn}` });
      await expect(place).toBeVisible();
      await place.focus();
      await page.keyboard.press('Enter');
      await expect(wb.editor).toBeVisible();
      expect(await cursor(page, slug)).toEqual({ file: 'src/count.ts', line: countSource.split('\n')[2], column: throwColumn, focused: true });
    });
  }

  for (const width of [1280, 390]) {
    test(`at ${width} px, the lab’s plot() draws an SVG chart with its title in the output, in the light and the dark theme`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      const wb = new WorkbenchDriver(page, slug);
      await wb.open();
      await wb.press('Solve');
      await wb.confirm('Show the solution');
      await wb.run();
      const figure = wb.output.locator('figure.wb-chart');
      await expect(figure).toHaveCount(1);
      await expect(figure.locator('figcaption')).toHaveText(/^The levers on .+: what 10 million requests cost a month$/);
      const image = figure.getByRole('img');
      await expect(image).toHaveAttribute('aria-label', /^Bar chart: The levers on /);
      expect(await image.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
      // One bar per lever (the lab has five), and the chart in its place: after the levers were printed, before the last line.
      await expect(figure.locator('svg.wb-chart-svg rect.wb-chart-bar')).toHaveCount(5);
      const order = await wb.output.evaluate((log) => {
        const figureAt = log.querySelector('figure.wb-chart')!;
        const spans = [...log.querySelectorAll('span')];
        const before = spans.filter((span) => span.compareDocumentPosition(figureAt) & Node.DOCUMENT_POSITION_FOLLOWING).map((span) => span.textContent).join('');
        const after = spans.filter((span) => span.compareDocumentPosition(figureAt) & Node.DOCUMENT_POSITION_PRECEDING).map((span) => span.textContent).join('');
        return { before, after };
      });
      expect(order.before).toContain('Levers, on');
      expect(order.after).toContain('Cheapest in the table');
      await figure.getByText('The data as a table').click();
      await expect(figure.getByRole('table')).toContainText('batch API (50% off)');

      const colours = () =>
        figure.evaluate((element) => ({
          bar: getComputedStyle(element.querySelector('rect.wb-chart-bar')!).fill,
          text: getComputedStyle(element.querySelector('svg text')!).fill,
          background: getComputedStyle(element).backgroundColor,
        }));
      await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
      const light = await colours();
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      const dark = await colours();
      expect(light.bar).not.toBe(dark.bar);
      expect(light.text).not.toBe(dark.text);
      expect(light.background).not.toBe(dark.background);
      for (const colour of [light.bar, dark.bar, light.text, dark.text]) expect(colour).not.toMatch(/^(none|rgba\(0, 0, 0, 0\))$/);
      // The chart fits the output's width: nothing to scroll sideways.
      const fits = await figure.evaluate((element) => element.getBoundingClientRect().right <= element.closest('[role="log"]')!.getBoundingClientRect().right + 1);
      expect(fits).toBe(true);
    });
  }

  test('text from lab code in a chart stays text, and a chart the page cannot draw is refused with the field named', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.runCode(
      [
        "import { plot } from '@ai-roadmap/kit';",
        "plot({ kind: 'scatter', title: '<img src=x onerror=\"document.title=1\">', x: { label: '<b>x</b>' }, series: [{ label: '<i>s</i>', points: [[1, 2], [3, 4]] }] });",
        "(globalThis as any).__aiRoadmapPlot({ kind: 'pie', title: 't', series: [] });",
      ].join('\n'),
    );
    const figure = wb.output.locator('figure.wb-chart');
    await expect(figure.locator('figcaption')).toHaveText('<img src=x onerror="document.title=1">');
    await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /^Scatter chart: <img/);
    await expect(figure.locator('img, b, i')).toHaveCount(0);
    await expect(figure.locator('svg.wb-chart-svg .wb-chart-series circle')).toHaveCount(2);
    await expect(wb.output).toContainText("The page cannot draw this chart: kind is not 'line', 'bar' or 'scatter'");
  });

  test('in Node, the lab’s plot() prints a text chart', () => {
    const lines = solutionOutputInNode(slug);
    const title = lines.findIndex((line) => /^The levers on .+: what 10 million requests cost a month$/.test(line));
    expect(title).toBeGreaterThanOrEqual(0);
    const bars = lines.slice(title + 1).filter((line) => line.includes('│'));
    expect(bars.length).toBeGreaterThan(2);
    for (const bar of bars) expect(bar).toMatch(/│\s*█+ \$?[\d,.]+[KMB]?$/);
  });
});
