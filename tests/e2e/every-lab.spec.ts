// Every lab of the book fails its tests on the starter and passes them solved, task by task (a capstone's
// milestone by milestone), in the in-page runner, and solved prints what it prints in Node. The labs run
// on /runtime-proof/labs/, several to a page, as each one's workbench runs them; the workbench itself
// (Solve, Test, Run, their panels) is tested on one lab in workbench.spec.ts.
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
  test(`starter fails, solution passes, in the page: ${group.join(', ')}`, async ({ page }) => {
    test.setTimeout(30_000 + group.reduce((total, slug) => total + 3 * runLimitMs(slug), 0));
    await page.goto(proofLabsPath);
    for (const slug of group) {
      const item = proofItem(page, slug);
      const tasks = async () => (await item.getAttribute('data-tasks'))?.split(' ') ?? [];
      const tested = (states: string[]) => states.filter((state) => state !== 'untested');

      // The starter: its tests run to the end, and fail; no task that names tests passes.
      expect(await runProofItem(page, slug, 'Test the starter', runLimitMs(slug))).toBe('failed');
      const starter = `${slug}, the starter:\n${await item.innerText()}`;
      await expect(item, starter).toHaveAttribute('data-end', 'exit');
      expect(Number(await item.getAttribute('data-tests-total')), starter).toBeGreaterThan(Number(await item.getAttribute('data-tests-passed')));
      const starterTasks = tested(await tasks());
      expect(starterTasks.filter((state) => state === 'passed'), `${starter}\ntasks that pass on the starter: ${starterTasks.join(' ')}`).toEqual([]);

      // Solved: every test and every task passes.
      expect(await runProofItem(page, slug, 'Test', runLimitMs(slug)), `${slug}, Test:\n${await item.innerText()}`).toBe('passed');
      expect(tested(await tasks()).every((state) => state === 'passed'), `${slug}: a task does not pass when solved: ${(await tasks()).join(' ')}`).toBe(true);

      const expected = solutionOutputInNode(slug);
      expect(expected.length, `npm start prints nothing for ${slug}`).toBeGreaterThan(0);
      const ran = await runProofItem(page, slug, 'Run', runLimitMs(slug));
      expect(ran, `${slug}, Run:\n${await item.innerText()}`).toBe('passed');
      const output = item.locator('[data-proof-output]');
      for (const line of [expected[0]!, expected.at(-1)!]) await expect(output, `${slug} printed another last or first line than in Node`).toContainText(line);
    }
  });
}
