import { test, expect, type Page, type Request } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';
import { allowTimeForAxe, axeViolations } from './support/axe.ts';

// A lab that imports the kit (countTokens, priceOf's PriceRow) and the AI SDK (generateText).
const slug = 'cost-curve';
const path = labPages()[slug];

/** The language service's code and data: its client chunk, its worker and the declaration files. */
const isLanguageService = (request: Request): boolean => /\/lab-data\/t\/|lab-language-service/.test(request.url());

/** Opens the workbench, focuses the editor on `file` and waits until the language service has checked it. */
async function openChecked(page: Page, file: string): Promise<WorkbenchDriver> {
  await freshLabPage(page, path!);
  const wb = new WorkbenchDriver(page, slug);
  await wb.open();
  await wb.selectFile(file);
  await wb.editor.focus();
  await expect(typeState(wb)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  return wb;
}

const typeState = (wb: WorkbenchDriver) => wb.root.locator('.wb-type-state');

/** Appends lines to the open file, typing them as a learner would. */
async function typeAtEnd(wb: WorkbenchDriver, text: string): Promise<void> {
  await wb.editor.click();
  await wb.page.keyboard.press('ControlOrMeta+End');
  await wb.page.keyboard.type(text);
}

/** Moves the pointer over a word of the open file: where it first stands alone, or with `last`, where it last does. */
async function hoverWord(wb: WorkbenchDriver, word: string, { last = false } = {}): Promise<void> {
  const box = await wb.editor.evaluate((content, { target, last }) => {
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    let found: Range | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.search(new RegExp(`\\b${target}\\b`));
      if (at < 0) continue;
      found = document.createRange();
      found.setStart(node, at);
      found.setEnd(node, at + target.length);
      if (!last) break;
    }
    if (!found) return null;
    found.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const { x, y, width, height } = found.getBoundingClientRect();
    return { x, y, width, height };
  }, { target: word, last });
  if (!box) throw new Error(`"${word}" is not in the open file`);
  await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe('TypeScript in the editor', () => {
  test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);

  test('the language service loads only when the learner reaches the editor', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => void (isLanguageService(request) && requests.push(request.url())));
    await freshLabPage(page, path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await expect(wb.editor).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(requests, 'fetched before the editor was focused').toEqual([]);
    await expect(typeState(wb)).toHaveAttribute('data-state', 'idle');
    await wb.editor.focus();
    await expect(typeState(wb)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    expect(requests.some((url) => url.includes('/lab-data/t/ts-worker-'))).toBe(true);
  });

  test('a type error is shown before Run, and Run still runs the code', async ({ page }) => {
    const wb = await openChecked(page, 'src/main.ts');
    await expect(typeState(wb)).toHaveText('No type errors in src/main.ts.');
    await typeAtEnd(wb, "\nconst label: number = 'ran despite a type error';\nconsole.log(label);\n");
    await expect(wb.root.locator('.cm-lintRange-error')).toHaveCount(1);
    await expect(wb.root.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(1);
    await expect(typeState(wb)).toHaveText(/^1 type error in src\/main\.ts/);
    await wb.run();
    await expect(wb.output).toContainText('ran despite a type error');
  });

  test('a misspelt kit function is named in the lint panel, opened from the keyboard', async ({ page }) => {
    const wb = await openChecked(page, 'src/count.ts');
    await typeAtEnd(wb, "\nexport const probe = countToken('hello');\n");
    await expect(wb.root.locator('.cm-lintRange-error')).toHaveCount(1);
    await page.keyboard.press('ControlOrMeta+Shift+M');
    const panel = wb.root.locator('.cm-panel-lint');
    await expect(panel).toContainText("Cannot find name 'countToken'. Did you mean 'countTokens'?");
    await expect(panel.getByRole('listbox')).toBeFocused();
  });

  test('hovering a kit function and an AI SDK function shows their types', async ({ page }) => {
    const wb = await openChecked(page, 'src/count.ts');
    await hoverWord(wb, 'countTokens');
    await expect(page.locator('.wb-type-tip')).toContainText('function countTokens(text: string): number');
    await wb.selectFile('src/main.ts');
    await hoverWord(wb, 'generateText');
    await expect(page.locator('.wb-type-tip')).toContainText(/function generateText<.*>\(/s);
  });

  test('from the keyboard, Ctrl+Shift+Space shows and says the type at the cursor; moving on or Escape closes it', async ({ page }) => {
    const wb = await openChecked(page, 'src/count.ts');
    // The first line is "import { countTokens } from …": the cursor goes just after the name, as typing would leave it.
    await page.keyboard.press('ControlOrMeta+Home');
    for (let step = 0; step < 'import { countTokens'.length; step++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+Shift+Space');
    // The tooltip at the cursor is the .wb-type-tip itself (a hover tooltip wraps one instead).
    const tip = page.locator('.cm-tooltip.wb-type-tip');
    await expect(tip).toContainText('function countTokens(text: string): number');
    await expect(wb.root.locator('.cm-announced')).toContainText('function countTokens(text: string): number');
    await page.keyboard.press('ArrowRight');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Control+Shift+Space');
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // Escape then Tab leaves the editor, tooltip or not.
    await page.keyboard.press('Tab');
    await expect(wb.editor).not.toBeFocused();
  });

  test('completion offers the members of a kit type as you type, and from the keyboard', async ({ page }) => {
    const wb = await openChecked(page, 'src/cost.ts');
    await typeAtEnd(wb, '\nexport const probe = (row: PriceRow) => row.inputPer');
    const completions = page.locator('.cm-tooltip-autocomplete');
    await expect(completions.getByRole('option', { name: /inputPerMTok/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(completions).toBeHidden();
    await page.keyboard.press('Control+Space');
    await expect(completions.getByRole('option', { name: /inputPerMTok/ })).toBeVisible();
    // CodeMirror ignores Enter for 75 ms after a list opens, so that a fast typist's Enter makes a new line.
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await expect(wb.editor).toContainText('row.inputPerMTok');
    await expect(completions).toBeHidden();
  });

  test('at 390 px and in the dark theme, the type and the diagnostic are readable on screen and axe-clean', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const wb = await openChecked(page, 'src/count.ts');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await typeAtEnd(wb, "\nexport const probe = countToken('hello');\n");
    // A hover asks once, when the pointer rests: the diagnostic must be there by then to be in the tooltip.
    await expect(wb.root.locator('.cm-lintRange-error')).toHaveCount(1);
    await hoverWord(wb, 'countToken', { last: true });
    const tooltips = page.locator('.cm-tooltip-hover');
    await expect(tooltips).toContainText('Did you mean');
    for (const box of await tooltips.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left, 'tooltip inside the screen').toBeGreaterThanOrEqual(0);
      expect(box.right, 'tooltip inside the screen').toBeLessThanOrEqual(390);
    }
    const within = [`[data-lab-workbench="${slug}"]`];
    await allowTimeForAxe(page, 2, { within });
    const violations = await axeViolations(page, 'workbench with a diagnostic (dark, 390 px)', { within });
    await page.keyboard.press('ControlOrMeta+Shift+M');
    await expect(wb.root.locator('.cm-panel-lint')).toBeVisible();
    violations.push(...(await axeViolations(page, 'lint panel (dark, 390 px)', { within })));
    expect(violations).toEqual([]);
  });
});
