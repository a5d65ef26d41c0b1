// Checkpoint answers stay folded until the reader opens one, with or without JavaScript.
import { test, expect } from '@playwright/test';
import { pagesWith } from './support/built-pages.ts';

const answerPages = pagesWith('data-checkpoint-answer');

test('checkpoint answers are folded until the reader opens one, by mouse or keyboard', async ({ page }) => {
  expect(answerPages.length).toBeGreaterThan(0);
  for (const path of answerPages) {
    await page.goto(path);
    const answers = page.locator('details.checkpoint-answer');
    const open = await answers.evaluateAll((elements) => (elements as HTMLDetailsElement[]).filter((element) => element.open).length);
    expect(open, `${path}: an answer is open as the page arrives`).toBe(0);
    await expect(answers.first().locator('.checkpoint-answer-body')).toBeHidden();
  }
  await page.goto(answerPages[0]!);
  const first = page.locator('details.checkpoint-answer').first();
  await first.locator('summary').click();
  await expect(first.locator('.checkpoint-answer-body')).toBeVisible();
  const second = page.locator('details.checkpoint-answer').nth(1);
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
