import { test, expect, type Page } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';

const slug = 'streaming-client';
const path = labPages()[slug];

test.describe('the workbench takes the static view’s place without losing the reader', () => {
  test.skip(!path, `no page embeds ${slug}`);

  test('keyboard focus in the static files moves to Run when the workbench replaces them', async ({ page }) => {
    await freshLabPage(page, path!);
    const wb = new WorkbenchDriver(page, slug);
    await expect(wb.root).not.toHaveAttribute('data-mounted', /./);
    await page.locator(`section[data-lab="${slug}"] .lab-files pre`).first().focus();
    await expect(wb.root).toHaveAttribute('data-mounted', 'ready', { timeout: 15_000 });
    await expect(wb.button('Run')).toBeFocused();
  });

  test('a reader coming back up from below keeps the text after the lab where it was', async ({ page }) => {
    await freshLabPage(page, path!);
    const wb = new WorkbenchDriver(page, slug);
    // A lab with little code, so that its static view's end and the text after it can be on screen
    // while the workbench is still to load (one with a long view mounts while its files fill the screen).
    // Chromium's scroll anchoring would hide the jump; Safari has none, so it is switched off here.
    await page.addStyleTag({ content: `* { overflow-anchor: none; } section[data-lab="${slug}"]:not(.lab-interactive) .lab-files { max-height: 300px; overflow: hidden; }` });
    // The top of the first thing after the lab that takes up space (Astro puts a script tag right after it);
    // with `scroll`, first puts the placeholder 300 px above the screen, where the workbench starts to load.
    const afterLab = (scroll = false) =>
      page.evaluate(
        ({ lab, scroll }) => {
          const section = document.querySelector(`section[data-lab="${lab}"]`)!;
          const placeholder = section.querySelector<HTMLElement>('[data-lab-workbench]')!;
          if (scroll) window.scrollTo({ top: placeholder.getBoundingClientRect().bottom + window.scrollY + 300, behavior: 'instant' });
          let next = section.nextElementSibling;
          while (next && next.getClientRects().length === 0) next = next.nextElementSibling;
          return { top: next!.getBoundingClientRect().top, mounted: placeholder.dataset.mounted ?? '', bottom: section.getBoundingClientRect().bottom };
        },
        { lab: slug, scroll },
      );
    const before = await afterLab(true);
    expect(before.bottom, 'the text after the lab is on screen').toBeLessThan(page.viewportSize()!.height);
    expect(before.mounted, 'the workbench mounted before the test could measure').toBe('');
    await expect(wb.root).toHaveAttribute('data-mounted', 'ready', { timeout: 15_000 });
    await expect.poll(async () => Math.abs((await afterLab()).top - before.top)).toBeLessThan(2);
    await page.waitForTimeout(1_000); // the editor lays out after mounting; the place must still hold
    expect(Math.abs((await afterLab()).top - before.top)).toBeLessThan(2);
  });
});

async function openSettings(page: Page) {
  const wb = new WorkbenchDriver(page, slug);
  await wb.open();
  await wb.press('Model');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Model', { exact: true }).selectOption('openai-compatible');
  return dialog;
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 700 }]) {
  test(`at ${viewport.width} px the settings dialog is centred, fits the screen, and its fields fit the dialog`, async ({ page }) => {
    test.skip(!path, `no page embeds ${slug}`);
    await page.setViewportSize(viewport);
    await freshLabPage(page, path!);
    const dialog = await openSettings(page);
    const box = (await dialog.boundingBox())!;
    expect(Math.abs(box.x - (viewport.width - box.x - box.width)), 'centred horizontally').toBeLessThan(2);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const overflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow, 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeInViewport();
  });
}

test.describe('room to work', () => {
  test.skip(!path, `no page embeds ${slug}`);

  /** The columns of code the editor shows at once, measured in the editor's own font. */
  const visibleColumns = (page: Page) =>
    page.evaluate((lab) => {
      const root = document.querySelector(`[data-lab-workbench="${lab}"]`)!;
      const content = root.querySelector<HTMLElement>('.cm-content')!;
      const probe = Object.assign(document.createElement('span'), { textContent: 'x'.repeat(100) });
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
      content.append(probe);
      const charWidth = probe.getBoundingClientRect().width / 100;
      probe.remove();
      const scroller = root.querySelector<HTMLElement>('.cm-scroller')!;
      const gutter = root.querySelector<HTMLElement>('.cm-gutters')?.getBoundingClientRect().width ?? 0;
      return Math.floor((scroller.clientWidth - gutter) / charWidth);
    }, slug);

  for (const theme of ['light', 'dark'] as const) {
    test(`at 1280 px (${theme}): the workbench spans the column, code and results side by side, the toolbar one row high`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      await freshLabPage(page, path!);
      const wb = new WorkbenchDriver(page, slug);
      await wb.open();
      await expect(wb.editor).toBeVisible();
      const prose = (await page.locator('.sl-markdown-content > p').first().boundingBox())!;
      const bench = (await wb.root.locator('.wb').boundingBox())!;
      expect(bench.width, 'the workbench is no wider than the text').toBeGreaterThan(prose.width + 100);
      const toolbar = wb.root.locator('.wb-toolbar');
      const before = (await toolbar.boundingBox())!.height;
      await wb.test();
      const code = (await wb.root.locator('.wb-pane-code').boundingBox())!;
      const results = (await wb.root.locator('.wb-pane-results').boundingBox())!;
      expect(results.x, 'the results are not beside the code').toBeGreaterThanOrEqual(code.x + code.width - 1);
      expect(Math.abs(results.y - code.y)).toBeLessThan(2);
      await expect(wb.root.locator('.wb-test-fail').first()).toBeInViewport();
      expect((await toolbar.boundingBox())!.height, 'the toolbar changed height after a run').toBe(before);
      expect(before).toBeLessThan(60);
      expect(await visibleColumns(page)).toBeGreaterThanOrEqual(60);
    });

    test(`at 390 px (${theme}): one border, 40 or more columns of code, Code and Output as views, the toolbar one row high`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      await freshLabPage(page, path!);
      const wb = new WorkbenchDriver(page, slug);
      await wb.open();
      await expect(wb.editor).toBeVisible();
      const bench = (await wb.root.locator('.wb').boundingBox())!;
      expect(bench.width).toBeGreaterThanOrEqual(388);
      const borders = await wb.root.evaluate((root) => {
        const sideBorder = (element: Element) => parseFloat(getComputedStyle(element).borderLeftWidth) + parseFloat(getComputedStyle(element).borderRightWidth);
        return sideBorder(root.closest('.lab')!) + sideBorder(root.querySelector('.wb')!);
      });
      expect(borders, 'nested side borders eat the code’s width').toBe(0);
      expect(await visibleColumns(page)).toBeGreaterThanOrEqual(40);
      const toolbar = wb.root.locator('.wb-toolbar');
      expect((await toolbar.boundingBox())!.height).toBeLessThan(60);
      await wb.button('Test').click();
      await expect(wb.root.getByRole('tab', { name: 'Output' })).toHaveAttribute('aria-selected', 'true');
      await expect(wb.root.locator('.wb-tests-summary')).toContainText('tests pass', { timeout: 30_000 });
      await expect(wb.editor).toBeHidden();
      // Keyboard: the view tabs move with the arrow keys; More opens the other controls, Escape closes it.
      await wb.root.getByRole('tab', { name: 'Output' }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(wb.root.getByRole('tab', { name: 'Code' })).toBeFocused();
      await expect(wb.editor).toBeVisible();
      await wb.root.getByRole('button', { name: 'More' }).click();
      await expect(wb.button('Solve')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(wb.root.getByRole('button', { name: 'More' })).toBeFocused();
      await expect(wb.button('Solve')).toBeHidden();
    });
  }
});
