import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';

const slug = 'cost-curve';
const labPage = labPages()[slug];
const notSaved = /not saved on this device/i;

/**
 * What Chromium does when the learner blocks cookies and site data: reading
 * `localStorage` or `sessionStorage` on the window throws a SecurityError.
 */
async function blockSiteData(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
        },
      });
    }
  });
}

/** Every uncaught error on the page, to be checked at the end of the test. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

test.describe('with cookies and site data blocked', () => {
  test.skip(!labPage, `no page embeds ${slug}`);

  test.beforeEach(({ page }) => blockSiteData(page));

  test('the home page, an overview and a chapter load without an error; the progress panel says once that nothing is saved', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('/');
    await expect(page.locator('[data-progress-message]')).toContainText(notSaved);
    await expect(page.getByText(notSaved)).toHaveCount(1);
    await expect(page.locator('.roadmap [data-progress-chapter]').first()).toHaveAttribute('data-status', 'todo');
    await page.goto('/stage-1-foundation/overview/');
    await page.goto('/start-here/what-an-ai-engineer-is/');
    await expect(page.getByRole('button', { name: 'Mark this chapter as done' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the workbench mounts and runs, and its save-state line says once that edits are not saved', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(labPage!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    const saveState = wb.root.locator('.wb-save-state');
    await expect(saveState).toContainText(notSaved);
    await wb.runCode('console.log("ran with storage blocked " + (6 * 7));\n');
    await expect(wb.output).toContainText('ran with storage blocked 42');
    await expect(saveState).toContainText(notSaved);
    await expect(wb.root.getByText(notSaved)).toHaveCount(1);
    // Solve needs no stored copy where nothing is stored: Undo works for as long as the page is open.
    await wb.button('Solve').click();
    await wb.confirm('Show the solution');
    await wb.selectFile('src/cost.ts');
    await expect(wb.editor).not.toContainText('TODO');
    await wb.button('Undo solve').click();
    await expect(wb.editor).toContainText('TODO');
    await expect(wb.root.getByText(notSaved)).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('the “done” toggle marks the chapter on this page, and says once that the mark is not saved', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(labPage!);
    const toggle = page.locator('[data-progress-toggle]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`#starlight__sidebar a[href="${labPage}"] .progress-tick`)).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.chapter-done')).toContainText(notSaved);
    await expect(page.locator('.chapter-done').getByText(notSaved)).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('the settings and GitHub dialogs say the key and token cannot be remembered, and offer no “remember”', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(labPage!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.press('Model');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Model', { exact: true }).selectOption('anthropic');
    await expect(settings.getByText(notSaved)).toHaveCount(1);
    await expect(settings.getByLabel('Remember on this device')).toBeDisabled();
    await expect(settings.getByLabel('Runner')).toBeDisabled();
    await settings.getByLabel('API key').fill('sk-ant-test');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();
    await expect(wb.button('Model')).toContainText('via Anthropic');

    await wb.button('Push to GitHub').click();
    const github = page.getByRole('dialog', { name: 'Push to GitHub' });
    await expect(github.getByText(notSaved)).toHaveCount(1);
    await expect(github.getByLabel('Remember on this device')).toBeDisabled();
    await expect(github.getByLabel('API base URL')).toHaveValue('https://api.github.com');
    expect(errors).toEqual([]);
  });

  test('a progress import says it could not be saved', async ({ page }, testInfo) => {
    const errors = pageErrors(page);
    const file = join(testInfo.outputDir, 'progress.json');
    mkdirSync(testInfo.outputDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ version: 1, chapters: { [labPage!]: '2026-11-25T10:00:00.000Z' }, labs: {} }));
    await page.goto('/');
    await page.getByLabel('Import progress').setInputFiles(file);
    await expect(page.locator('[data-progress-message]')).toContainText(/could not be saved|nothing was imported/i);
    await expect(page.locator('[data-progress-message]')).not.toContainText('Progress imported');
    expect(errors).toEqual([]);
  });
});

test.describe('saved edits that are not text', () => {
  test.skip(!labPage, `no page embeds ${slug}`);

  test('are dropped: the workbench loads with the rest of the edits, and Reset works', async ({ page }) => {
    const errors = pageErrors(page);
    await freshLabPage(page, labPage!);
    await page.evaluate((slug) => {
      const savedAt = new Date().toISOString();
      // A number where the first open file's text should be, and text that is fine in another file.
      localStorage.setItem(`ai-roadmap:lab:${slug}:files:v1`, JSON.stringify({ files: { 'src/cost.ts': 42, 'src/prompt.ts': '// kept edit\n' }, savedAt }));
      localStorage.setItem(`ai-roadmap:lab:${slug}:before-solve:v1`, JSON.stringify({ files: { 'src/cost.ts': null, 'src/count.ts': { text: 'x' } }, savedAt }));
    }, slug);
    await page.reload();
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await expect(wb.editor).toContainText('TODO');
    await wb.selectFile('src/prompt.ts');
    await expect(wb.editor).toHaveText('// kept edit');
    await wb.button('Reset').click();
    await wb.confirm('Reset to the starter');
    await expect(wb.editor).not.toContainText('// kept edit');
    expect(await page.evaluate((slug) => localStorage.getItem(`ai-roadmap:lab:${slug}:files:v1`), slug)).toBeNull();
    expect(errors).toEqual([]);
  });
});

test.describe('a progress import too large to store', () => {
  test('is refused before it is read, naming the limit, and leaves the progress as it was', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    // The attack: 150,000 chapters in a 6 MB file, which was reported as imported and stored nothing.
    const chapters = Object.fromEntries(Array.from({ length: 150_000 }, (_, index) => [`/c-${index}/`, '2026-11-25T10:00:00.000Z']));
    const buffer = Buffer.from(JSON.stringify({ version: 1, chapters, labs: {} }));
    await page.getByLabel('Import progress').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer });
    await expect(page.locator('[data-progress-message]')).toContainText(/This file is \d+\.\d MB; a progress export is at most 256 KB/);
    expect(await page.evaluate(() => localStorage.getItem('ai-roadmap:progress:v1'))).toBeNull();
    expect(errors).toEqual([]);
  });
});
