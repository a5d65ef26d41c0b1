// The career ladder's self-assessment: a static table of evidence without JavaScript and on
// paper; with JavaScript, the learner's stored progress marks it and the verdict follows.
import { test, expect, type Page } from '@playwright/test';
import { ladderRungs } from '../../src/components/ladder-rungs.ts';

const path = '/beyond/career-ladder/';
const progressKey = 'ai-roadmap:progress:v1';
const when = '2026-11-25T10:00:00.000Z';
const [first, second] = ladderRungs;

const verdict = (page: Page) => page.locator('[data-ladder-verdict]');
const status = (page: Page, rung: string, item: string) => page.locator(`[data-ladder-rung="${rung}"] [data-ladder-item="${item}"] [data-ladder-status]`);

/** Stores progress the way the book does (one JSON value under its key), then loads the ladder. */
async function openWith(page: Page, labs: string[], labsWithSolution: string[] = []): Promise<void> {
  await page.goto('/');
  const progress = { version: 1, chapters: {}, labs: Object.fromEntries(labs.map((slug) => [slug, when])), labsWithSolution: Object.fromEntries(labsWithSolution.map((slug) => [slug, when])) };
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressKey, JSON.stringify(progress)]);
  await page.goto(path);
}

test('the verdict follows the stored progress: nothing, then the first rung, with a pass after Solve not counted', async ({ page }) => {
  await openWith(page, []);
  await expect(verdict(page)).toBeVisible();
  await expect(verdict(page)).toHaveText(/^Your evidence in this book does not yet complete the first rung\. AI-augmented software engineer still needs 5 of 5: /);

  const firstLabs = first!.labs!;
  await openWith(page, firstLabs.slice(1), firstLabs.slice(0, 1));
  await expect(status(page, first!.id, firstLabs[0]!)).toHaveText(/passed with the solution only/);
  await expect(status(page, first!.id, firstLabs[1]!)).toHaveText('✓ lab passed');
  await expect(verdict(page)).toHaveText(/still needs 1 of 5: Engineer first\.$/);

  await openWith(page, firstLabs);
  await expect(verdict(page)).toHaveText(new RegExp(`^Your evidence in this book supports: AI-augmented software engineer\\. AI engineer still needs ${second!.labs!.length} of ${second!.labs!.length}: `));
});

test('the verdict changes on the page as soon as progress changes, without a reload', async ({ page }) => {
  await openWith(page, first!.labs!);
  await expect(verdict(page)).toContainText('supports: AI-augmented software engineer.');
  // Another tab clears the progress: the storage event reaches this page.
  await page.evaluate((key) => {
    localStorage.removeItem(key);
    dispatchEvent(new StorageEvent('storage', { key }));
  }, progressKey);
  await expect(verdict(page)).toHaveText(/^Your evidence in this book does not yet complete the first rung\./);
});

test('the learner’s marks and verdict are not printed; the table of evidence is', async ({ page }) => {
  await openWith(page, first!.labs!);
  await expect(verdict(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(verdict(page)).toBeHidden();
  await expect(status(page, first!.id, first!.labs![0]!)).toBeHidden();
  await expect(page.locator(`[data-ladder-rung="${first!.id}"] caption`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table of evidence shows every rung and links each piece of evidence to its chapter, with no progress column', async ({ page }) => {
    await page.goto(path);
    for (const [index, rung] of ladderRungs.entries()) {
      const table = page.locator(`table[data-ladder-rung="${rung.id}"]`);
      await expect(table.locator('caption')).toContainText(`Rung ${index + 1}: ${rung.name}`);
      await expect(table.locator('tbody tr[data-ladder-item]')).toHaveCount((rung.labs?.length ?? 0) + (rung.chapters?.length ?? 0));
      await expect(table.locator('tbody tr[data-ladder-item] a').first()).toHaveAttribute('href', /^\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
    }
    await expect(page.getByRole('columnheader', { name: 'Yours' }).first()).toBeHidden();
    await expect(verdict(page)).toBeHidden();
  });
});
