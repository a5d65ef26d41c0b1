// Stage 1, second edition: every chapter teaches with a figure, every checkpoint question has
// a worked answer, and the book says where it departs from the article on Python.
import { test, expect } from '@playwright/test';
import { builtHtml, pages } from './support/built-pages.ts';

const stage1 = pages.filter((path) => path.startsWith('/stage-1-foundation/') && !path.endsWith('/overview/'));

test('every Stage 1 chapter has at least one figure', () => {
  expect(stage1.length).toBeGreaterThanOrEqual(8);
  for (const path of stage1) expect(builtHtml(path), `${path} has no figure`).toContain('<figure class="book-figure"');
});

test('every checkpoint question of Start here and Stage 1 has an answer', async ({ page }) => {
  for (const path of [...stage1, '/start-here/what-an-ai-engineer-is/']) {
    await page.goto(path);
    // Starlight wraps a heading with its anchor link in a div: the list follows the wrapper.
    const questions = page.locator(':is(h2#checkpoint-questions, div:has(> h2#checkpoint-questions)) ~ ol').first().locator(':scope > li');
    expect(await questions.count(), `${path} has no checkpoint questions`).toBeGreaterThan(2);
    const unanswered = await questions.evaluateAll((items) => items.filter((item) => !item.querySelector(':scope > details.checkpoint-answer')).map((item) => item.textContent?.slice(0, 60)));
    expect(unanswered, `${path}: questions without an answer`).toEqual([]);
  }
});

test('the book says where it departs from the article on Python, in Start here and in Engineer first', async ({ page }) => {
  for (const path of ['/start-here/what-an-ai-engineer-is/', '/stage-1-foundation/engineer-first/']) {
    await page.goto(path);
    const note = page.locator('[data-departure]');
    await expect(note, path).toHaveCount(1);
    await expect(note).toHaveAttribute('role', 'note');
    await expect(note).toHaveAccessibleName('Where this book departs from the article');
    await expect(note).toContainText('non-negotiable because the entire AI ecosystem runs on it');
    await expect(note).toContainText('TypeScript');
  }
});
