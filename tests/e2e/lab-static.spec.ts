import { test, expect } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';

const pages = labPages();

test.describe('a lab reads without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [slug, path] of Object.entries(pages)) {
    test(slug, async ({ page }) => {
      await page.goto(path);
      const lab = page.locator(`section[data-lab="${slug}"]`);
      await expect(lab.getByRole('heading', { level: 3 })).toBeVisible();
      await expect(lab.getByRole('heading', { name: 'Your tasks' })).toBeVisible();
      expect(await lab.locator('.lab-tasks li').count()).toBeGreaterThan(0);
      // The files the lab opens, as plain text: the page does not carry every file highlighted.
      await expect(lab.locator('.lab-files pre').first()).toContainText('TODO');
      await expect(lab.locator('.lab-files .expressive-code')).toHaveCount(0);
      await expect(lab.locator('.lab-local code').first()).toContainText(`labs/${slug}`);
    });
  }
});
