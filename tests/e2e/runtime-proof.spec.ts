// The in-page runner as a runtime for the field's real libraries (issue: labs on
// the real libraries): each proof project of tests/fixtures/runtime passes its
// own node:test tests in the page, offline, as it does in Node and as a zip.
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { proofPath, proofProjects } from '../../src/labs/proof-projects.ts';
import { writeFiles } from '../../scripts/lib/materialize-lab.ts';
import { runLabTests } from '../../scripts/lib/run-lab-tests.ts';
import { runProofItem } from './support/proof-page.ts';

const projects = proofProjects().map((project) => project.name);

/** Cuts the page off from every origin but the site's own, and records what tried to leave. */
async function offline(page: Page, baseURL: string): Promise<string[]> {
  const attempts: string[] = [];
  const site = new URL(baseURL).origin;
  await page.context().route(
    (url) => url.origin !== site && url.protocol.startsWith('http'),
    (route) => (attempts.push(route.request().url()), route.abort('internetdisconnected')),
  );
  return attempts;
}

test.describe('the real libraries, in the page', () => {
  test.setTimeout(240_000);

  /** Runs the project's tests on a page cut off from every other origin; they must all pass. */
  async function passesOffline(page: Page, baseURL: string, name: string): Promise<void> {
    const attempts = await offline(page, baseURL);
    await page.goto(proofPath);
    const result = await runProofItem(page, name);
    const item = page.locator(`[data-proof="${name}"]`);
    expect(result, await item.locator('[data-proof-output]').innerText()).toBe('passed');
    await expect(item.locator('[data-proof-status]')).toContainText(/(\d+) of \1 tests pass/);
    expect(attempts).toEqual([]);
  }

  // PGlite's is the slowest start of them all, so its test goes on to the second run on the same page.
  const pglite = 'pglite-vector';
  for (const name of projects.filter((project) => project !== pglite)) {
    test(`${name} passes its own tests in the in-page runner, with the network cut off`, ({ page, baseURL }) => passesOffline(page, baseURL ?? '', name));
  }

  test(`${pglite} passes its own tests in the in-page runner, with the network cut off, and again on the WebAssembly compiled for the first run`, async ({ page, baseURL }) => {
    await passesOffline(page, baseURL ?? '', pglite);
    const wasmFetches: string[] = [];
    page.on('request', (request) => request.url().includes('/lab-data/a/') && wasmFetches.push(request.url()));
    expect(await runProofItem(page, pglite)).toBe('passed');
    expect(wasmFetches, 'the data files were fetched again').toEqual([]);
  });

  test(`without the build's fresh cluster (not served), PGlite makes its own with initdb and ${pglite} still passes`, async ({ page }) => {
    const manifest = (await (await page.request.get('/lab-data/modules.json')).json()) as { assets: Record<string, { url: string }> };
    const snapshot = manifest.assets['/node_modules/@electric-sql/pglite/fresh-cluster.tar.gz'];
    expect(snapshot, 'the module graph has no fresh cluster for PGlite').toBeTruthy();
    await page.route(`**${snapshot!.url}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(proofPath);
    expect(await runProofItem(page, pglite)).toBe('passed');
  });

  test('a WebAssembly file that fails to load ends the run with a message naming it, and the page stays usable', async ({ page }) => {
    const manifest = (await (await page.request.get('/lab-data/modules.json')).json()) as { assets: Record<string, { url: string }> };
    const wasm = Object.entries(manifest.assets).find(([path]) => path.endsWith('/pglite.wasm'));
    expect(wasm, 'the module graph has no pglite.wasm').toBeTruthy();
    await page.route(`**${wasm![1].url}`, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not WebAssembly at all' }));
    await page.goto(proofPath);
    expect(await runProofItem(page, 'pglite-vector')).toBe('failed');
    await expect(page.locator('[data-proof="pglite-vector"] [data-proof-output]')).toContainText('The WebAssembly file /node_modules/@electric-sql/pglite/dist/pglite.wasm could not be loaded');
    expect(await runProofItem(page, 'ai-mock')).toBe('passed');
  });
});

test.describe('the proof projects, taken home', () => {
  test.setTimeout(600_000);
  const root = mkdtempSync(join(tmpdir(), 'proof-zip-'));
  test.afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('each downloads as a zip that installs from npm and passes its tests in Node', async ({ page }) => {
    await page.goto(proofPath);
    for (const name of projects) {
      const item = page.locator(`[data-proof="${name}"]`);
      const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Download as a zip' }).click()]);
      const zipPath = join(root, `${name}.zip`);
      await download.saveAs(zipPath);
      const entries = unzipSync(readFileSync(zipPath));
      const dir = writeFiles(join(root, name), Object.fromEntries(Object.entries(entries).map(([file, bytes]) => [file.replace(`${name}/`, ''), strFromU8(bytes)])));
      const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
      expect(install.status, `${name}: ${install.stderr}`).toBe(0);
      const outcome = await runLabTests(dir);
      expect(outcome.fail, `${name}: ${outcome.output}`).toBe(0);
      expect(outcome.pass).toBeGreaterThan(0);
    }
  });
});
