import { test, expect } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { WorkbenchDriver } from './support/workbench.ts';
import { axeViolations } from './support/axe.ts';
import { solutionOutputInNode } from './support/node-run.ts';

const pages = labPages();
const slug = 'streaming-client';
const page_ = pages[slug];

test.describe('the workbench on the streaming-client lab', () => {
  test.skip(!page_, `no built page embeds <Lab slug="${slug}"/>`);

  test.beforeEach(async ({ page }) => {
    await page.goto(page_ ?? '/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  });

  test('Run prints the lab’s output; editing the code changes it', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.button('Solve').click();
    await wb.confirm('Show the solution');
    await wb.run();
    await expect(wb.output).toContainText('Streaming lets users read the answer while it is written.');
    await expect(wb.output).toContainText('retry 1: HTTP 429');
    await wb.selectFile('src/main.ts');
    await wb.replaceCode('console.log("edited output " + (6 * 7));\n');
    await wb.run();
    await expect(wb.output).toContainText('edited output 42');
    await expect(wb.output).not.toContainText('Streaming lets users');
  });

  test('Test on the starter shows failing items; after Solve every item passes; Undo brings the starter back', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    const starter = await wb.test();
    expect(starter.failed).toBeGreaterThan(0);
    await expect(wb.root.locator('.wb-test-fail .wb-test-message').first()).not.toBeEmpty();
    await wb.button('Solve').click();
    await wb.confirm('Show the solution');
    const solved = await wb.test();
    expect(solved.failed).toBe(0);
    expect(solved.passed).toBe(starter.passed + starter.failed);
    await wb.button('Undo solve').click();
    await expect(wb.editor).toContainText('TODO');
  });

  test('Undo solve survives a reload, and asks before replacing edits made after Solve', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/sse.ts');
    await wb.replaceCode('// my own attempt\n');
    await wb.button('Solve').click();
    await wb.confirm('Show the solution');
    await expect(wb.editor).not.toContainText('my own attempt');

    await page.reload();
    const again = new WorkbenchDriver(page, slug);
    await again.open();
    await again.selectFile('src/sse.ts');
    await again.replaceCode('// tweaked after Solve\n');
    await again.button('Undo solve').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(again.editor).toContainText('tweaked after Solve');
    await again.button('Undo solve').click();
    await again.confirm('Replace my edits');
    await expect(again.editor).toContainText('my own attempt');
    await expect(again.button('Undo solve')).toBeHidden();
    await expect(again.button('Solve')).toBeVisible();
  });

  test('Reset asks first, then goes back to the starter', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.replaceCode('// my edit\n');
    await wb.button('Reset').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(wb.editor).toContainText('my edit');
    await wb.button('Reset').click();
    await wb.confirm('Reset to the starter');
    await expect(wb.editor).not.toContainText('my edit');
  });

  test('edits survive a reload', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/main.ts');
    await wb.replaceCode('// kept across reloads\n');
    await page.reload();
    const again = new WorkbenchDriver(page, slug);
    await again.open();
    await again.selectFile('src/main.ts');
    await expect(again.editor).toContainText('kept across reloads');
  });

  test('lab code cannot reach the page’s storage, cookies, DOM or top window', async ({ page }) => {
    await page.evaluate(() => {
      localStorage.setItem('secret', 'site-data');
      document.cookie = 'session=site-cookie; path=/';
    });
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/main.ts');
    await wb.replaceCode(
      [
        'const attempts: Record<string, () => unknown> = {',
        '  localStorage: () => (globalThis as any).localStorage.getItem("secret"),',
        '  cookie: () => (globalThis as any).document.cookie,',
        '  parentDom: () => (globalThis as any).parent.document.body.innerHTML,',
        '  topNavigation: () => { (globalThis as any).top.location.href = "https://example.com/"; return "navigated"; },',
        '  indexedDB: () => (globalThis as any).indexedDB.open("x") && "opened",',
        '};',
        'for (const [name, attempt] of Object.entries(attempts)) {',
        '  try { console.log(`${name}: REACHED ${String(attempt())}`); } catch (error) { console.log(`${name}: blocked`); }',
        '}',
      ].join('\n'),
    );
    await wb.run();
    for (const name of ['localStorage', 'cookie', 'parentDom', 'topNavigation']) await expect(wb.output).toContainText(`${name}: blocked`);
    await expect(wb.output).not.toContainText('site-data');
    await expect(wb.output).not.toContainText('site-cookie');
    expect(page.url()).toContain(page_ ?? '/');
  });

  test('the mounted workbench, its checklist and its settings dialog are axe-clean in light and dark', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.test();
    const violations: string[] = [];
    for (const theme of ['light', 'dark']) {
      await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
      violations.push(...(await axeViolations(page, `workbench (${theme})`)));
    }
    await wb.button('Model').click();
    violations.push(...(await axeViolations(page, 'settings dialog')));
    expect(violations).toEqual([]);
  });

  test('keyboard only: reach the editor, leave it, press Run', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.root.getByRole('tab').first().focus();
    await page.keyboard.press('Tab');
    await expect(wb.editor).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(wb.editor).not.toBeFocused();
    await wb.button('Run').focus();
    await page.keyboard.press('Enter');
    await expect(wb.status).toContainText(/Exited|Crashed/, { timeout: 30_000 });
  });
});

test.describe('every lab, solved, passes its tests in the page and prints what it prints in Node', () => {
  for (const [lab, path] of Object.entries(pages)) {
    test(lab, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => localStorage.clear());
      const wb = new WorkbenchDriver(page, lab);
      await wb.open();
      await wb.button('Solve').click();
      await wb.confirm('Show the solution');
      const result = await wb.test();
      expect(result.failed, `failing tests in ${lab}`).toBe(0);
      expect(result.passed).toBeGreaterThan(0);

      await wb.run();
      await expect(wb.status).toContainText('Exited with code 0');
      const expected = solutionOutputInNode(lab);
      expect(expected.length, `npm start prints nothing for ${lab}`).toBeGreaterThan(0);
      for (const line of [expected[0]!, expected.at(-1)!]) await expect(wb.output).toContainText(line);
    });
  }
});
