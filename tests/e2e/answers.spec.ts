// Checkpoint answers stay folded until the reader opens one, with or without JavaScript.
import { test, expect } from '@playwright/test';
import { builtHtml, pagesWith } from './support/built-pages.ts';

const answerPages = pagesWith('data-checkpoint-answer');

// An answer is a plain <details> that no script opens, so whether one is open as a page arrives is in
// the built HTML: every page is read there, and one page is checked in the browser.
test('no checkpoint answer is built open, on any page', () => {
  expect(answerPages.length).toBeGreaterThan(0);
  for (const path of answerPages) {
    const answers = builtHtml(path).match(/<details[^>]*data-checkpoint-answer[^>]*>/g) ?? [];
    expect(answers.length, `${path}: no answer found`).toBeGreaterThan(0);
    expect(answers.filter((tag) => /\sopen[\s=>]/.test(tag)), `${path}: an answer is open as the page arrives`).toEqual([]);
  }
});

test('checkpoint answers are folded until the reader opens one, by mouse or keyboard', async ({ page }) => {
  await page.goto(answerPages[0]!);
  const answers = page.locator('details.checkpoint-answer');
  expect(await answers.evaluateAll((elements) => (elements as HTMLDetailsElement[]).filter((element) => element.open).length)).toBe(0);
  const first = answers.first();
  await expect(first.locator('.checkpoint-answer-body')).toBeHidden();
  await first.locator('summary').click();
  await expect(first.locator('.checkpoint-answer-body')).toBeVisible();
  const second = answers.nth(1);
  await expect(second.locator('.checkpoint-answer-body')).toBeHidden();
  await second.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(second.locator('.checkpoint-answer-body')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an answer still opens', async ({ page }) => {
    await page.goto(answerPages[0]!);
    const answer = page.locator('details.checkpoint-answer').first();
    await expect(answer.locator('.checkpoint-answer-body')).toBeHidden();
    await answer.locator('summary').click();
    await expect(answer.locator('.checkpoint-answer-body')).toBeVisible();
  });
});
