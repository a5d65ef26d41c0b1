import { test, expect, type Page } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';
import { allowTimeForAxe, axeViolations } from './support/axe.ts';
import { startLocalServer } from './support/local-servers.ts';
import { referenceModel, standInTokenNote } from '../../src/runtime/workbench/run-cost.ts';

const pages = labPages();
const slug = 'streaming-client';
const page_ = pages[slug];

/** Presses `key` until the focused element matches `selector`; returns how many presses it took. */
async function pressUntilFocused(page: Page, key: string, selector: string, maxPresses: number): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press(key);
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} was not reached with ${maxPresses} presses of ${key}`);
}

test.describe('the workbench on the streaming-client lab', () => {
  test.skip(!page_, `no built page embeds <Lab slug="${slug}"/>`);

  test.beforeEach(({ page }) => freshLabPage(page, page_ ?? '/'));

  test('Run prints the lab’s output; editing the code changes it', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.button('Solve').click();
    await wb.confirm('Show the solution');
    await wb.run();
    await expect(wb.output).toContainText('Streaming lets users read the answer while it is written.');
    await expect(wb.output).toContainText('retry 1: HTTP 429');
    await wb.runCode('console.log("edited output " + (6 * 7));\n');
    await expect(wb.output).toContainText('edited output 42');
    await expect(wb.output).not.toContainText('Streaming lets users');
  });

  test('Mod-Enter in the editor runs the lab', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/main.ts');
    await wb.replaceCode('console.log("run by the keyboard shortcut");');
    await page.keyboard.press('ControlOrMeta+Enter');
    await wb.finished();
    await expect(wb.output).toContainText('run by the keyboard shortcut');
    await expect(wb.editor).toHaveText('console.log("run by the keyboard shortcut");');
  });

  test('ANSI colours are rendered, and HTML in the output is shown as text', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.runCode('console.log("\\u001b[31mred <b>not bold</b>\\u001b[0m plain");\n');
    const red = wb.output.locator('span[style]', { hasText: 'red <b>not bold</b>' });
    await expect(red).toHaveCount(1);
    await expect(red).toHaveAttribute('style', /color:\s*rgb\(187,\s*0,\s*0\)/);
    await expect(wb.output.locator('b')).toHaveCount(0);
    expect(await wb.output.textContent()).not.toContain('\u001b');
    await expect(wb.output).toContainText('red <b>not bold</b> plain');
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
    await again.cancel();
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
    await wb.cancel();
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

  test('the mounted workbench, its checklist and its settings dialog are axe-clean in light and dark', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    // The symbols on the buttons are decoration: the names are the words alone.
    for (const name of ['Run', 'Test', 'Stop']) await expect(wb.root.getByRole('button', { name, exact: true })).toHaveCount(1);
    await wb.test();
    // The workbench with its sandbox frame, then its dialog; the chapter around them is scanned by quality.spec.ts.
    const within = [`[data-lab-workbench="${slug}"]`];
    await allowTimeForAxe(page, 3, { within });
    const violations: string[] = [];
    for (const theme of ['light', 'dark']) {
      await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
      violations.push(...(await axeViolations(page, `workbench (${theme})`, { within })));
    }
    await wb.press('Model');
    await page.getByRole('dialog').getByLabel('Model', { exact: true }).selectOption('openai-compatible');
    violations.push(...(await axeViolations(page, 'settings dialog', { within: ['dialog.wb-dialog[open]'] })));
    expect(violations).toEqual([]);
  });

  test('the settings dialog shows the base URL only for the OpenAI-compatible provider, and says where the key goes', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.press('Model');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const provider = dialog.getByLabel('Model', { exact: true });
    await provider.selectOption('openai-compatible');
    await dialog.getByLabel('Base URL').fill('http://localhost:11434/v1');
    await expect(dialog.getByLabel('Base URL')).toBeEnabled();
    await expect(dialog.getByLabel('API key')).toHaveAccessibleDescription(/Sent only to localhost:11434, never to this site\..*page's memory/);
    await expect(dialog).toContainText('OLLAMA_ORIGINS=*');
    await provider.selectOption('anthropic');
    await expect(dialog.getByLabel('Base URL')).toBeHidden();
    await expect(dialog.getByLabel('Base URL')).toBeDisabled();
    await expect(dialog.getByLabel('API key')).toHaveAccessibleDescription(/Sent only to api\.anthropic\.com, never to this site\./);
    await provider.selectOption('stand-in');
    await expect(dialog.getByLabel('API key')).toBeHidden();
  });

  test('the GitHub token is kept for this page only, unless “Remember on this device” is ticked', async ({ page }) => {
    const github = await startLocalServer(); // its answers are not GitHub's, so each push fails after sending the token
    const wb = new WorkbenchDriver(page, slug);
    const dialog = page.getByRole('dialog', { name: 'Push to GitHub' });
    const storedEverywhere = () => page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    const push = async (remember: boolean) => {
      await wb.button('Push to GitHub').click();
      await dialog.getByLabel('Token').fill('ghp_test_token');
      await dialog.getByLabel('Remember on this device').setChecked(remember);
      await dialog.getByText('GitHub Enterprise Server', { exact: true }).click();
      await dialog.getByLabel('API base URL').fill(github.origin);
      await dialog.getByRole('button', { name: 'Create the repository' }).click();
      await expect(dialog.getByRole('status')).not.toBeEmpty();
      await dialog.getByRole('button', { name: 'Close' }).click();
    };
    const tokenShownAfterReload = async () => {
      await page.reload();
      await wb.open();
      await wb.button('Push to GitHub').click();
      const token = await dialog.getByLabel('Token').inputValue();
      await dialog.getByRole('button', { name: 'Close' }).click();
      return token;
    };
    try {
      await wb.open();
      await push(false);
      expect(github.seen.some((request) => String(request.headers.authorization).includes('ghp_test_token'))).toBe(true);
      expect(await storedEverywhere()).not.toContain('ghp_test_token');
      expect(await tokenShownAfterReload()).toBe('');
      await push(true);
      expect(await tokenShownAfterReload()).toBe('ghp_test_token');
      await push(false);
      expect(await storedEverywhere()).not.toContain('ghp_test_token');
    } finally {
      await github.close();
    }
  });

  test('keyboard only: from the top of the page, reach the editor, leave it, press Run', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    const run = `[data-lab-workbench="${slug}"] [data-control="run"]`;
    const editor = `[data-lab-workbench="${slug}"] .cm-content`;
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await pressUntilFocused(page, 'Tab', run, 400);
    await pressUntilFocused(page, 'Tab', editor, 20);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('console.log("typed at the keyboard");');
    // Leave: Escape, then Tab moves on instead of indenting.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(wb.editor).not.toBeFocused();
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    // Back through the editor (Shift+Tab enters it, Escape then Shift+Tab leaves it) to Run.
    await page.keyboard.press('Shift+Tab');
    await expect(wb.editor).toBeFocused();
    await page.keyboard.press('Escape');
    await pressUntilFocused(page, 'Shift+Tab', run, 20);
    await page.keyboard.press('Enter');
    await wb.finished();
    await expect(wb.output).toContainText('typed at the keyboard');
  });
});

test('after a run of a lab that calls the stand-in model, the usage and the estimated cost are shown', async ({ page }) => {
  const lab = 'cost-curve';
  test.skip(!pages[lab], `no built page embeds <Lab slug="${lab}"/>`);
  await freshLabPage(page, pages[lab] ?? '/');
  const wb = new WorkbenchDriver(page, lab);
  await wb.open();
  await wb.button('Solve').click();
  await wb.confirm('Show the solution');
  await wb.run();
  await expect(wb.status).toContainText('Exited with code 0');
  // The lab prints the usage the model reported; the workbench's own summary must agree with it.
  const printed = /Usage reported by the model: (\d+) input \+ (\d+) output tokens/.exec(await wb.output.innerText());
  expect(printed, 'the lab printed no usage line').not.toBeNull();
  const [, input, output] = printed ?? [];
  await expect(wb.output).toContainText(`1 model call to stand-in (stand-in): ${Number(input).toLocaleString('en')} input + ${Number(output).toLocaleString('en')} output tokens.`);
  const reference = referenceModel.replace(/[.]/g, '\\.');
  await expect(wb.output).toContainText(new RegExp(`Estimated cost: \\$0 on the stand-in; the same tokens would cost \\$[\\d.]+ on ${reference} \\(prices as of \\d{4}-\\d{2}-\\d{2}\\)\\.`));
  // The stand-in counts with one tokenizer for every model: the page must say the count is an estimate.
  await expect(wb.output).toContainText(standInTokenNote);
});
