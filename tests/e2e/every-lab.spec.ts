// Every lab of the book, solved, passes its tests in the in-page runner and prints what it prints in
// Node. The labs run on /runtime-proof/labs/, several to a page, as each one's workbench runs it after
// Solve; the workbench itself (Solve, Test, Run, their panels) is tested on one lab in workbench.spec.ts.
import { test, expect } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { labSlugs, loadLab } from '../../src/labs/load.ts';
import { proofLabsPath } from '../../src/labs/proof-projects.ts';
import { solutionOutputInNode } from './support/node-run.ts';
import { proofItem, runProofItem } from './support/proof-page.ts';

const pages = labPages();

test('every lab in labs/ is embedded in a chapter, so none escapes the check below', () => {
  expect(Object.keys(pages).sort()).toEqual(labSlugs('labs').sort());
});

// python-lab.spec.ts runs the Python lab's starter, its solution and its Run in its workbench, a superset
// of this check: Pyodide's start is the slowest thing the suite does, so it is not done twice.
const checkedElsewhere = new Set(['python-bridge']);
const labs = labSlugs('labs').filter((slug) => !checkedElsewhere.has(slug)).sort();

// A handful to a page: the page and its sandbox are shared, and the two workers still split the work.
const perPage = 4;
const groups = Array.from({ length: Math.ceil(labs.length / perPage) }, (_, index) => labs.slice(index * perPage, (index + 1) * perPage));

/** The time a run may take: a lab may ask for more (PGlite starts slowly on a busy machine), and gets twice that. */
const runLimitMs = (slug: string): number => Math.max(30_000, 2 * (loadLab('labs', slug).manifest.timeoutMs ?? 0));

for (const group of groups) {
  test(`solved, in the page: ${group.join(', ')}`, async ({ page }) => {
    test.setTimeout(30_000 + group.reduce((total, slug) => total + 2 * runLimitMs(slug), 0));
    await page.goto(proofLabsPath);
    for (const slug of group) {
      const item = proofItem(page, slug);
      const tested = await runProofItem(page, slug, 'Test', runLimitMs(slug));
      expect(tested, `${slug}, Test:\n${await item.innerText()}`).toBe('passed');

      const expected = solutionOutputInNode(slug);
      expect(expected.length, `npm start prints nothing for ${slug}`).toBeGreaterThan(0);
      const ran = await runProofItem(page, slug, 'Run', runLimitMs(slug));
      expect(ran, `${slug}, Run:\n${await item.innerText()}`).toBe('passed');
      const output = item.locator('[data-proof-output]');
      for (const line of [expected[0]!, expected.at(-1)!]) await expect(output, `${slug} printed another last or first line than in Node`).toContainText(line);
    }
  });
}
