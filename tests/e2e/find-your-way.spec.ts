import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { WorkbenchDriver } from './support/workbench.ts';

async function search(page: Page, query: string) {
  await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.keyboard.press('ControlOrMeta+k');
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
  await page.keyboard.type(query, { delay: 10 });
  return page.locator('.pagefind-ui__result-link');
}

test('search finds a lab by an identifier that appears only in the lab’s code', async ({ page }) => {
  const identifier = 'chatCompletionEvents';
  expect(readFileSync('labs/streaming-client/src/fake-provider.ts', 'utf8')).toContain(identifier);
  await page.goto('/');
  const results = await search(page, identifier);
  await expect(results.first()).toHaveAttribute('href', /\/stage-1-foundation\/talking-to-models\//);
});

test('the stage filter narrows the results', async ({ page }) => {
  await page.goto('/');
  const results = await search(page, 'stand-in');
  await expect(results.nth(1)).toBeVisible();
  const all = await results.count();
  await page.getByRole('checkbox', { name: /Start here/ }).check();
  await expect.poll(() => results.count()).toBeLessThan(all);
  for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toContain('/start-here/');
});

test.describe('progress', () => {
  const slug = 'cost-curve';
  const path = labPages()[slug];
  test.skip(!path, `no page embeds ${slug}`);

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  test('passing a lab’s tests in the page marks it done; the map, overview and sidebar update, and it survives a reload', async ({ page }) => {
    await page.goto(path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.button('Solve').click();
    await wb.confirm('Show the solution');
    expect((await wb.test()).failed).toBe(0);
    const sidebarLink = page.locator(`#starlight__sidebar a[href="${path}"]`);
    await expect(sidebarLink.locator('.progress-lab')).toBeVisible();
    await page.getByRole('button', { name: 'Mark this chapter as done' }).click();
    await expect(sidebarLink.locator('.progress-tick')).toBeVisible();
    await page.reload();
    await expect(page.locator(`#starlight__sidebar a[href="${path}"] .progress-tick`)).toBeVisible();
    await page.goto('/');
    const node = page.locator(`.roadmap [data-progress-chapter="${path}"]`);
    await expect(node).toHaveAttribute('data-status', 'done');
    await expect(page.locator('.roadmap-stage.stage-1 [data-progress-count]')).toContainText(/^1 of \d+ chapters done$/);
    await page.goto('/stage-1-foundation/overview/');
    await expect(page.locator(`[data-progress-chapter="${path}"]`)).toHaveAttribute('data-status', 'done');
  });

  test('export, then clear, then import restores progress', async ({ page }, testInfo) => {
    await page.goto(path!);
    await page.getByRole('button', { name: 'Mark this chapter as done' }).click();
    await page.goto('/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const file = join(testInfo.outputDir, 'progress.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).chapters).toHaveProperty(path!);
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Clear progress' }).click();
    await expect(page.locator(`.roadmap [data-progress-chapter="${path}"]`)).toHaveAttribute('data-status', 'todo');
    await page.getByLabel('Import progress').setInputFiles(file);
    await expect(page.locator('[data-progress-message]')).toContainText('Progress imported: 1 chapters');
    await expect(page.locator(`.roadmap [data-progress-chapter="${path}"]`)).toHaveAttribute('data-status', 'done');
  });

  test('a file that is not a progress export is refused with a reason', async ({ page }, testInfo) => {
    const file = join(testInfo.outputDir, 'bad.json');
    await import('node:fs').then(({ mkdirSync, writeFileSync }) => (mkdirSync(testInfo.outputDir, { recursive: true }), writeFileSync(file, '{"hello":1}')));
    await page.getByLabel('Import progress').setInputFiles(file);
    await expect(page.locator('[data-progress-message]')).toContainText('not a progress export');
  });
});
