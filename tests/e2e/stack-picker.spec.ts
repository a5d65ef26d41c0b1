// The stack picker (tool-stack/pick-a-stack): with JavaScript a form of constraints filters the
// tables and names an option per function of the stack; without it, every option is in the tables
// and the form cannot be used.
import { test, expect } from '@playwright/test';
import { stackOptions } from '../../src/book/stack-options.ts';

const path = '/tool-stack/pick-a-stack/';

test('the form changes the recommendation, says when nothing fits, and filters the tables', async ({ page }) => {
  await page.goto(path);
  const form = page.locator('[data-stack-picker-form]');
  await expect(form).toBeVisible();
  const orchestration = page.locator('[data-stack-pick="orchestration"] [data-stack-pick-name]');
  const vectors = page.locator('[data-stack-pick="vectors"]');

  // The defaults: a TypeScript team with no other constraint gets the AI SDK and pgvector.
  await expect(orchestration).toHaveAttribute('data-stack-pick-name', 'ai-sdk');
  await expect(vectors.locator('[data-stack-pick-name]')).toHaveAttribute('data-stack-pick-name', 'pgvector-own');
  await expect(page.locator('tbody[data-stack-option="ai-sdk"] [data-stack-picker-mark]')).toBeVisible();
  const aiSdk = stackOptions.find((option) => option.id === 'ai-sdk')!;
  await expect(page.locator('[data-stack-pick="orchestration"]')).toContainText(aiSdk.reason);
  await expect(page.locator('[data-stack-pick="orchestration"]')).toContainText('Fits because it is code inside your application (no new spend), supports TypeScript');

  // A Python team, with the keyboard: the select is labelled and reachable.
  await page.getByLabel('The team writes').focus();
  await page.getByLabel('The team writes').selectOption('python');
  await expect(orchestration).toHaveAttribute('data-stack-pick-name', 'langchain');
  await expect(page.locator('tbody[data-stack-option="ai-sdk"]')).toBeHidden();
  await expect(page.locator('tbody[data-stack-option="langchain"] [data-stack-picker-mark]')).toBeVisible();

  // Managed services only: Pinecone instead of pgvector in your own PostgreSQL.
  await page.getByRole('radio', { name: /Managed services/ }).check();
  await page.getByRole('radio', { name: 'Pay per use, nothing reserved' }).check();
  await expect(vectors.locator('[data-stack-pick-name]')).toHaveAttribute('data-stack-pick-name', 'pinecone');
  await expect(page.locator('tbody[data-stack-option="pgvector-own"]')).toBeHidden();

  // Managed, and data only on our own infrastructure: nothing fits vector storage, and the page says why.
  await page.getByLabel('Data residency').selectOption('own');
  await expect(vectors).toHaveAttribute('data-stack-no-fit', '');
  await expect(vectors).toContainText('No option in the table fits these constraints');
  await expect(vectors).toContainText('Pinecone: it cannot keep your data on your own infrastructure');
  await expect(page.locator('[data-stack-function="vectors"] [data-stack-picker-empty]')).toBeVisible();
  await expect(page.locator('[data-stack-function="vectors"] table')).toBeHidden();

  // Showing every option brings the rows back.
  await page.getByLabel('Show the options that do not fit').check();
  await expect(page.locator('tbody[data-stack-option="pgvector-own"]')).toBeVisible();
});

test('the radio groups are fieldsets with legends, and each control has a name', async ({ page }) => {
  await page.goto(path);
  await expect(page.getByRole('group', { name: 'Who runs the services' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Budget' })).toBeVisible();
  // With the keyboard: the arrow keys move the choice within a radio group.
  await page.getByRole('radio', { name: 'Reserved capacity is fine' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'No new spend' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'No new spend' })).toBeChecked();
  await expect(page.locator('[data-stack-pick="serving"] [data-stack-pick-name]')).toHaveAttribute('data-stack-pick-name', 'ollama');
});

test('printed, the page shows every option and neither the form nor the picks', async ({ page }) => {
  await page.goto(path);
  await page.getByLabel('The team writes').selectOption('python');
  await expect(page.locator('tbody[data-stack-option="ai-sdk"]')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-stack-picker-form]')).toBeHidden();
  await expect(page.locator('[data-stack-picker-result]')).toBeHidden();
  await expect(page.locator('tbody[data-stack-option]:visible')).toHaveCount(stackOptions.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every option is in the tables with its attributes, and the form is not usable', async ({ page }) => {
    await page.goto(path);
    const rows = page.locator('tbody[data-stack-option]');
    await expect(rows).toHaveCount(stackOptions.length);
    for (const option of stackOptions) {
      const row = page.locator(`tbody[data-stack-option="${option.id}"]`);
      await expect(row).toBeVisible();
      await expect(row).toContainText(option.name);
      await expect(row).toContainText(option.licence);
      await expect(row).toContainText(option.reason);
    }
    await expect(page.locator('[data-stack-picker-form]')).toBeHidden();
    for (const control of await page.locator('[data-stack-picker-form] :is(input, select)').all()) await expect(control).toBeDisabled();
    await expect(page.locator('[data-stack-picker-result]')).toBeHidden();
    await expect(page.locator('[data-stack-picker-mark]:visible')).toHaveCount(0);
  });
});
