import { expect, type Locator, type Page, type Worker } from '@playwright/test';

/**
 * Opens a lab page with nothing stored from earlier tests: no edits, no settings. Each test has a
 * browser context of its own, so there is nothing to clear; a test that shares one fails here.
 */
export async function freshLabPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // Starlight stores the theme as the page loads; everything the book keeps is named ai-roadmap:….
  const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith('ai-roadmap:')));
  expect(stored, `${path} opened with storage left by an earlier test`).toEqual([]);
}

/** Drives one lab's workbench on a page. */
/**
 * The workers of the lab's sandbox: started from blob: URLs inside it. The editor's language
 * service runs in a worker of the page's own (from /lab-data/t/), which starts on focus.
 */
export const sandboxWorkers = (page: Page): Worker[] => page.workers().filter((worker) => worker.url().startsWith('blob:'));

export class WorkbenchDriver {
  readonly page: Page;
  readonly root: Locator;

  constructor(page: Page, slug: string) {
    this.page = page;
    this.root = page.locator(`[data-lab-workbench="${slug}"]`);
  }

  async open(): Promise<void> {
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-mounted', 'ready', { timeout: 15_000 });
  }

  /**
   * A control by (part of) its name; not a place in a failure's stack, whose name may hold it ("test/a.test.ts:3:1"),
   * nor a failing task's line in the task list ("Task 2: failing, 1 of 3 tests pass").
   */
  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: false }).and(this.root.locator(':not(.wb-location, .wb-task-link)'));
  }

  /** Presses a control, opening "More" first where a narrow workbench keeps it there. */
  async press(name: string): Promise<void> {
    const control = this.button(name);
    if (!(await control.isVisible())) await this.root.getByRole('button', { name: 'More', exact: true }).click();
    await control.click();
  }

  /** The sandbox iframes on the page (the running one, or the one kept warm for the next run). */
  get sandboxes(): Locator {
    return this.page.locator('iframe[title="Lab sandbox"]');
  }

  /** Chooses the model in the settings dialog, as a learner does. */
  async chooseModel(settings: { provider: string; model?: string; baseURL?: string; apiKey?: string; remember?: boolean }): Promise<void> {
    await this.press('Model');
    const dialog = this.page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Model', { exact: true }).selectOption(settings.provider);
    if (settings.model !== undefined) await dialog.getByLabel('Model name').fill(settings.model);
    if (settings.baseURL !== undefined) await dialog.getByLabel('Base URL').fill(settings.baseURL);
    if (settings.apiKey !== undefined) await dialog.getByLabel('API key').fill(settings.apiKey);
    if (settings.remember !== undefined) await dialog.getByLabel('Remember on this device').setChecked(settings.remember);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  get output(): Locator {
    return this.root.getByRole('log');
  }

  get status(): Locator {
    return this.root.getByRole('status');
  }

  get editor(): Locator {
    return this.root.locator('.cm-content');
  }

  async selectFile(path: string): Promise<void> {
    await this.root.getByRole('tab', { name: path }).click();
  }

  /** Replaces the whole content of the open file, as a learner typing would. */
  async replaceCode(code: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(code);
  }

  async run(timeoutMs = 30_000): Promise<void> {
    await this.button('Run').click();
    await this.finished(timeoutMs);
  }

  /** Waits until the run in progress has ended. */
  async finished(timeoutMs = 30_000): Promise<void> {
    await expect(this.status).toContainText(/Exited|Stopped|Crashed/, { timeout: timeoutMs });
  }

  /** Puts `code` in the lab's src/main.ts and presses Run, without waiting for the end. */
  async startCode(code: string): Promise<void> {
    await this.selectFile('src/main.ts');
    await this.replaceCode(code);
    await this.button('Run').click();
  }

  /** Runs `code` as the lab's src/main.ts, until it ends. */
  async runCode(code: string): Promise<void> {
    await this.startCode(code);
    await this.finished();
  }

  async test(timeoutMs = 60_000): Promise<{ passed: number; failed: number }> {
    await this.button('Test').click();
    await expect(this.root.locator('.wb-tests-summary')).toContainText(/tests pass|No test results/, { timeout: timeoutMs });
    return {
      passed: await this.root.locator('.wb-test-pass').count(),
      failed: await this.root.locator('.wb-test-fail').count(),
    };
  }

  /** Dismisses the workbench's confirmation dialog. */
  async cancel(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  }

  /** Accepts the workbench's confirmation dialog. */
  async confirm(label: string): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: label }).click();
  }
}
