import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadLabZip, expectStandaloneTests } from './support/lab-zip.ts';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';
import { solutionOutputInNode } from './support/node-run.ts';

const slug = 'python-bridge';
const path = labPages()[slug];

test.describe('a Python lab in the page (Pyodide in the sandbox)', () => {
  test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);

  test('Test fails on the starter and passes after Solve, Run prints main.py’s output, and nothing leaves the site', async ({ page, baseURL }) => {
    test.setTimeout(600_000);
    const site = new URL(baseURL ?? page.url()).origin;
    const elsewhere: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(site) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    // What the page fetches for the first Python run: Pyodide's worker and data files, none of them before it.
    let counting = false;
    const fetched: Array<{ url: string; bytes: number }> = [];
    page.on('requestfinished', async (request) => {
      if (!counting) return;
      const sizes = await request.sizes().catch(() => undefined);
      fetched.push({ url: request.url(), bytes: sizes?.responseBodySize ?? 0 });
    });
    await freshLabPage(page, path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    // The editor reads .py files in CodeMirror's Python mode: "def" is a keyword there.
    await expect(wb.editor.locator('span', { hasText: /^def$/ }).first()).toBeVisible();

    counting = true;
    const started = Date.now();
    await wb.button('Test').click();
    await expect(wb.root.locator('.wb-test-fail').first()).toBeVisible({ timeout: 150_000 });
    const firstResultMs = Date.now() - started;
    await expect(wb.root.locator('.wb-tests-summary')).toContainText(/tests pass/, { timeout: 150_000 });
    counting = false;
    const starter = { passed: await wb.root.locator('.wb-test-pass').count(), failed: await wb.root.locator('.wb-test-fail').count() };
    expect(starter.failed).toBeGreaterThan(0);
    await expect(wb.root.locator('.wb-test-fail .wb-test-message').first()).toContainText('NotImplementedError');
    // unittest's names point to the tasks of lab.json ("tests": ["test_bridge"]), so each task's hints show under its failures.
    for (const task of [1, 2, 3]) await expect(wb.root.locator('.wb-test-fail .wb-test-task', { hasText: `Task ${task}:` }).first()).toBeVisible();
    const bytes = fetched.reduce((sum, file) => sum + file.bytes, 0);
    test.info().annotations.push({ type: 'first Python run', description: `${fetched.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB over the wire, first test result after ${firstResultMs} ms` });
    console.log(`first Python run: ${fetched.length} files, ${bytes} bytes over the wire, first test result after ${firstResultMs} ms`);
    for (const file of fetched) console.log(`  ${file.bytes}\t${file.url}`);

    await wb.button('Solve').click();
    await wb.confirm('Show the solution');
    const solved = await wb.test(150_000);
    expect(solved.failed).toBe(0);
    expect(solved.passed).toBe(starter.passed + starter.failed);

    const runStarted = Date.now();
    await wb.button('Run').click();
    const expected = solutionOutputInNode(slug);
    await expect(wb.output).toContainText(expected[0]!, { timeout: 150_000 });
    console.log(`warm Python run: first output after ${Date.now() - runStarted} ms`);
    await wb.finished(150_000);
    await expect(wb.status).toContainText('Exited with code 0');
    for (const line of expected) await expect(wb.output).toContainText(line);
    expect(elsewhere).toEqual([]);
  });

  test('a runaway Python loop is stopped by Stop, and the next run works', async ({ page }) => {
    test.setTimeout(600_000);
    await freshLabPage(page, path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/main.py');
    await wb.replaceCode('print("looping", flush=True)\nwhile True:\n    pass\n');
    await wb.button('Run').click();
    await expect(wb.output).toContainText('looping', { timeout: 150_000 });
    await wb.button('Stop').click();
    await expect(wb.status).toContainText(/Stopped/);
    await wb.replaceCode('print("after the loop")\n');
    await wb.run(150_000);
    await expect(wb.output).toContainText('after the loop');
  });

  test('the downloaded zip runs in Node through Pyodide: npm test fails on the starter and passes when solved', async ({ page }) => {
    test.setTimeout(300_000);
    const root = mkdtempSync(join(tmpdir(), 'python-zip-'));
    try {
      await freshLabPage(page, path!);
      const wb = new WorkbenchDriver(page, slug);
      await wb.open();
      const starterDir = await downloadLabZip(wb, slug, root, 'starter');
      await wb.button('Solve').click();
      await wb.confirm('Show the solution');
      const solvedDir = await downloadLabZip(wb, slug, root, 'solved');
      expect(readFileSync(join(solvedDir, 'README.md'), 'utf8')).toContain('no Python of your own');
      await expectStandaloneTests(starterDir, solvedDir);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
