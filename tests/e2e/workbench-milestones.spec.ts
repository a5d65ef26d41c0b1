import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';

const slug = 'capstone-rag-eval';
const path = labPages()[slug];
const lab = `labs/${slug}`;
const tasks = (JSON.parse(readFileSync(`${lab}/lab.json`, 'utf8')) as { tasks: { tests?: string[] }[] }).tasks;
const tested = tasks.flatMap((task, index) => (task.tests ? [index + 1] : []));
const solutionFiles = readdirSync(`${lab}/solution/src`).map((name) => `src/${name}`);

test.describe('the workbench shows which milestones pass', () => {
  test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);
  test.beforeEach(({ page }) => freshLabPage(page, path ?? '/'));

  test('none on the starter; every one once the learner’s own code is the solution; after Solve, passed with the solution', async ({ page }) => {
    test.slow(); // three Test runs of a capstone and five files typed in
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    const toolbar = wb.root.locator('.wb-toolbar');
    const toolbarHeight = (await toolbar.boundingBox())!.height;
    const milestones = wb.root.getByRole('list', { name: /^Milestones passed/ });
    const milestone = (number: number) => milestones.getByRole('listitem').filter({ hasText: `Milestone ${number}:` });

    await wb.test();
    await expect(wb.root.locator('.wb-task-progress p')).toHaveText(`Milestones passed: 0 of ${tested.length}`);
    await expect(milestones.getByRole('listitem')).toHaveCount(tasks.length);
    for (const number of tested) await expect(milestone(number)).toHaveText(/Milestone \d+: (failing, \d+ of \d+ tests pass|not run)$/);
    expect((await toolbar.boundingBox())!.height, 'the toolbar changed height').toBe(toolbarHeight);

    // A failing milestone takes the keyboard to its first failing test, where its hints are.
    const failing = milestones.getByRole('button').first();
    const number = Number((await failing.textContent())?.match(/Milestone (\d+)/)?.[1]);
    await failing.focus();
    await page.keyboard.press('Enter');
    const focusedNote = wb.root.locator('.wb-test-fail .wb-test-task').filter({ has: page.locator(':focus') }).or(wb.root.locator('.wb-test-task:focus'));
    await expect(focusedNote).toHaveCount(1);
    await expect(focusedNote).toContainText(`Milestone ${number}`);

    for (const file of solutionFiles) {
      await wb.selectFile(file);
      await wb.replaceCode(readFileSync(`${lab}/solution/${file}`, 'utf8'));
    }
    await wb.test(120_000);
    // Every test ran and passed: a run stopped at its time limit would leave milestones not run.
    await expect(wb.root.locator('.wb-tests-summary')).toHaveText(/^(\d+) of \1 tests pass — well done\.$/);
    await expect(wb.root.locator('.wb-task-progress p')).toHaveText(`Milestones passed: ${tested.length} of ${tested.length}`);
    for (const number of tested) await expect(milestone(number)).toHaveText(new RegExp(`Milestone ${number}: passed$`));
    await expect(milestones.getByRole('button')).toHaveCount(0);

    await wb.press('Solve');
    await wb.confirm('Show the solution');
    await wb.test(120_000);
    await expect(wb.root.locator('.wb-task-progress p')).toHaveText(`Milestones passed with the solution: ${tested.length} of ${tested.length}`);
    for (const number of tested) await expect(milestone(number)).toHaveText(new RegExp(`Milestone ${number}: passed with the solution$`));
  });
});
