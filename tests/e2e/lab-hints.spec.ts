// A lab task's hints, in the static view of the lab: one at a time, each inside the one before,
// and readable without JavaScript. (The workbench's own reveal reads the same hints from /lab-data/.)
import { test, expect } from '@playwright/test';
import { pagesWith } from './support/built-pages.ts';

const hintPages = pagesWith('<details class="lab-hint');

test('a task’s hints come one at a time: the second is inside the first', async ({ page }) => {
  expect(hintPages.length, 'no lab shows hints').toBeGreaterThan(0);
  await page.goto(hintPages[0]!);
  const first = page.locator('.lab-tasks li:has(> details.lab-hint > details.lab-hint)').first().locator(':scope > details.lab-hint');
  await expect(first.locator(':scope > summary')).toHaveText('Hint 1');
  const second = first.locator(':scope > details.lab-hint');
  await expect(second.locator(':scope > summary')).toBeHidden();
  await first.locator(':scope > summary').click();
  await expect(second.locator(':scope > summary')).toHaveText('Hint 2');
  await expect(second.locator(':scope > p')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a hint still opens', async ({ page }) => {
    await page.goto(hintPages[0]!);
    const hint = page.locator('.lab-tasks details.lab-hint').first();
    await expect(hint.locator(':scope > p')).toBeHidden();
    await hint.locator(':scope > summary').click();
    await expect(hint.locator(':scope > p')).toBeVisible();
  });
});

test('the lab’s data carries each task with its hints, for the workbench', async ({ page }) => {
  await page.goto(hintPages[0]!);
  const slug = await page.locator('section[data-lab]').first().getAttribute('data-lab');
  const data = (await (await page.request.get(`/lab-data/${slug}.json`)).json()) as { tasks: { task: string; hints: string[] }[] };
  const shown = await page.locator('section[data-lab] .lab-tasks > li').first().evaluate((item) => item.firstChild?.textContent?.trim());
  expect(data.tasks[0]?.task).toBe(shown);
  expect(data.tasks.some(({ hints }) => hints.length > 0)).toBe(true);
  const first = page.locator('section[data-lab] .lab-tasks > li').first().locator(':scope > details.lab-hint > p');
  await expect(first).toHaveText(data.tasks[0]?.hints[0] ?? '');
});
