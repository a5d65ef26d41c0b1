import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { WorkbenchDriver } from './support/workbench.ts';
import { writeFiles } from '../../scripts/lib/materialize-lab.ts';
import { runLabTests } from '../../scripts/lib/run-lab-tests.ts';

const slug = 'cost-curve';
const path = labPages()[slug];
const root = mkdtempSync(join(tmpdir(), 'take-home-'));
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Downloads the lab's zip from the page and unpacks it into a folder of its own. */
async function downloadZip(wb: WorkbenchDriver, into: string): Promise<string> {
  const [download] = await Promise.all([wb.page.waitForEvent('download'), wb.button('Download .zip').click()]);
  expect(download.suggestedFilename()).toBe(`${slug}.zip`);
  const zipPath = join(root, `${into}.zip`);
  await download.saveAs(zipPath);
  const entries = unzipSync(readFileSync(zipPath));
  const files = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name.replace(`${slug}/`, ''), strFromU8(bytes)]));
  return writeFiles(join(root, into), files);
}

test.describe('take a lab home', () => {
  test.skip(!path, `no page embeds the ${slug} lab`);
  test.setTimeout(180_000);

  test('the downloaded zip is a standalone project: npm test passes when solved and fails on the starter', async ({ page }) => {
    await page.goto(path!);
    await page.evaluate(() => localStorage.clear());
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    const starterDir = await downloadZip(wb, 'starter');
    await wb.button('Solve').click();
    await wb.confirm('Show the solution');
    const solvedDir = await downloadZip(wb, 'solved');
    expect(readFileSync(join(solvedDir, 'README.md'), 'utf8')).toContain('Running this project on your machine');
    for (const dir of [starterDir, solvedDir]) {
      const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
      expect(install.status, install.stderr).toBe(0);
    }
    const solved = await runLabTests(solvedDir);
    expect(solved.fail, solved.output).toBe(0);
    expect(solved.pass).toBeGreaterThan(0);
    const starter = await runLabTests(starterDir);
    expect(starter.fail).toBeGreaterThan(0);
  });

  test('StackBlitz and GitHub are offered, with the copy command from the site config', async ({ page }) => {
    await page.goto(path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await expect(wb.button('Open in StackBlitz')).toBeVisible();
    await expect(wb.root.locator('.wb-degit')).toContainText(`labs/${slug} ${slug}`);
    await wb.button('Push to GitHub').click();
    const dialog = page.getByRole('dialog', { name: 'Push to GitHub' });
    await expect(dialog.getByLabel('Repository name')).toHaveValue(slug);
    await expect(dialog.getByRole('link', { name: 'Create a fine-grained token' })).toHaveAttribute('href', /github\.com\/settings\/personal-access-tokens\/new/);
    await expect(dialog).toContainText('sent only to GitHub');
  });
});
