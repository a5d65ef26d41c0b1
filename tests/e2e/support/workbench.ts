import { expect, type Locator, type Page } from '@playwright/test';

/** Drives one lab's workbench on a page. */
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

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: false });
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

  async run(): Promise<void> {
    await this.button('Run').click();
    await expect(this.status).toContainText(/Exited|Stopped|Crashed/, { timeout: 30_000 });
  }

  async test(): Promise<{ passed: number; failed: number }> {
    await this.button('Test').click();
    await expect(this.root.locator('.wb-tests-summary')).toContainText(/tests pass|No test results/, { timeout: 60_000 });
    return {
      passed: await this.root.locator('.wb-test-pass').count(),
      failed: await this.root.locator('.wb-test-fail').count(),
    };
  }

  /** Accepts the workbench's confirmation dialog. */
  async confirm(label: string): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: label }).click();
  }
}
