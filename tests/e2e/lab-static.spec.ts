import { test, expect } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtTree, select, textOf } from './support/built-pages.ts';

const pages = labPages();

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** Text as the browser reads it, from HTML that escapes only what it must. */
const decoded = (html: string): string => html.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);

// What a reader without JavaScript gets is the built HTML: every lab is read there, and one lab's page
// is checked in a browser with JavaScript off, for what the HTML alone cannot say (that it shows).
test('every lab reads without JavaScript: its title, its tasks, the files it opens as plain text, and where it lives', () => {
  expect(Object.keys(pages).length).toBeGreaterThan(0);
  for (const [slug, path] of Object.entries(pages)) {
    const [lab] = select(builtTree(path), `section[data-lab="${slug}"]`);
    expect(lab, `${path}: no section[data-lab="${slug}"]`).toBeTruthy();
    const where = `${slug} on ${path}`;
    expect(select(lab!, 'h3').length, `${where}: no title`).toBeGreaterThan(0);
    expect(select(lab!, ':is(h2, h3, h4)').map(textOf), `${where}: no "Your tasks" heading`).toContain('Your tasks');
    expect(select(lab!, '.lab-tasks li').length, `${where}: no task`).toBeGreaterThan(0);
    // The files the lab opens, as plain text: the page does not carry every file highlighted.
    const [firstFile] = select(lab!, '.lab-files pre');
    expect(firstFile, `${where}: no file shown`).toBeTruthy();
    expect(textOf(firstFile!), `${where}: the first file shown has no TODO`).toContain('TODO');
    expect(select(lab!, '.lab-files .expressive-code'), `${where}: files are highlighted in the page`).toEqual([]);
    for (const file of select(lab!, '.lab-files figure.lab-file')) {
      const [caption] = select(file, 'figcaption');
      const [code] = select(file, 'pre code');
      const name = textOf(caption!);
      expect(decoded(textOf(code!)), `${where}: ${name} is not shown as it is`).toBe(readFileSync(join('labs', slug, name), 'utf8'));
    }
    expect(select(lab!, '.lab-local code').map(textOf).join('\n'), `${where}: no way to run it locally`).toContain(`labs/${slug}`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lab shows its title, tasks and files', async ({ page }) => {
    const [slug, path] = Object.entries(pages)[0]!;
    await page.goto(path);
    const lab = page.locator(`section[data-lab="${slug}"]`);
    await expect(lab.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(lab.getByRole('heading', { name: 'Your tasks' })).toBeVisible();
    await expect(lab.locator('.lab-tasks li').first()).toBeVisible();
    await expect(lab.locator('.lab-files pre').first()).toBeVisible();
    await expect(lab.locator('.lab-local code').first()).toBeVisible();
  });
});
