import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';
import { allowTimeForAxe, axeViolations } from './support/axe.ts';

const slug = 'streaming-client';
const path = labPages()[slug];
const tasks = (JSON.parse(readFileSync(`labs/${slug}/lab.json`, 'utf8')) as { tasks: { task: string; hints: string[]; tests?: string[] }[] }).tasks;
const [first, second] = tasks;

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`hints under failing tests, at ${viewport.width} px`, () => {
    test.skip(!path || !first || !second, `no built page embeds <Lab slug="${slug}"/> with two tasks`);
    test.use({ viewport });
    test.beforeEach(({ page }) => freshLabPage(page, path ?? '/'));

    test('a failing test names its task; its hints come one at a time, from the keyboard, and stay revealed after a reload', async ({ page }) => {
      test.slow(); // two Test runs, two axe passes and a reload
      const wb = new WorkbenchDriver(page, slug);
      await wb.open();
      await wb.test();
      const failures = wb.root.locator('.wb-test-fail');
      const failingOf = (task: number) => failures.filter({ has: page.locator('.wb-test-task', { hasText: `Task ${task}:` }) });
      // The starter passes some tests of the first task and fails others.
      await expect(failingOf(1)).not.toHaveCount(0);
      const ofFirstTask = failingOf(1).first();
      const note = ofFirstTask.locator('.wb-test-task');
      await expect(note).toContainText(`Task 1: ${first!.task}`);
      await expect(note.getByRole('listitem')).toHaveCount(0);

      const next = note.getByRole('button', { name: `Show hint 1 of ${first!.hints.length}` });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(note.getByRole('listitem')).toHaveText([`Hint 1: ${first!.hints[0]}`]);
      // The keyboard stays on the button, which now offers the next hint.
      await expect(note.getByRole('button', { name: `Show hint 2 of ${first!.hints.length}` })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(note.getByRole('listitem')).toHaveText(first!.hints.map((hint, at) => `Hint ${at + 1}: ${hint}`));
      await expect(note.getByRole('button')).toHaveCount(0);

      // Every failing test of the same task shows what was revealed; a test of another task does not.
      for (const other of await failingOf(1).all()) await expect(other.locator('.wb-hints li')).toHaveCount(first!.hints.length);
      const ofSecondTask = failingOf(2).first();
      await expect(ofSecondTask.locator('.wb-test-task')).toContainText(`Task 2: ${second!.task}`);
      await expect(ofSecondTask.locator('.wb-test-task').getByRole('listitem')).toHaveCount(0);

      // The workbench alone: the chapter around it is scanned by quality.spec.ts.
      const within = [`[data-lab-workbench="${slug}"]`];
      await allowTimeForAxe(page, 2, { within });
      const violations: string[] = [];
      for (const theme of ['light', 'dark']) {
        await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
        violations.push(...(await axeViolations(page, `hints (${theme}, ${viewport.width} px)`, { within })));
      }
      expect(violations).toEqual([]);

      await page.reload();
      await wb.open();
      await wb.test();
      await expect(failingOf(1).first().locator('.wb-hints li')).toHaveCount(first!.hints.length);
    });
  });
}

test.describe('hints once the lab passes', () => {
  test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);
  test.beforeEach(({ page }) => freshLabPage(page, path ?? '/'));

  test('a passing test carries no task note', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.press('Solve');
    await wb.confirm('Show the solution');
    const result = await wb.test();
    expect(result.failed).toBe(0);
    await expect(wb.root.locator('.wb-test-task')).toHaveCount(0);
  });
});
