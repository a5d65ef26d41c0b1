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
  await wb.button('Model').click();
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
