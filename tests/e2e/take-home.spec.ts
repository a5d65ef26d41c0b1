import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { WorkbenchDriver } from './support/workbench.ts';
import { downloadLabZip, expectStandaloneTests } from './support/lab-zip.ts';
import { copyLabCommand, repository } from '../../src/book/meta.ts';
import { startFakeGitHub } from '../unit/support/fake-github.ts';

const slug = 'cost-curve';
const path = labPages()[slug];
const root = mkdtempSync(join(tmpdir(), 'take-home-'));
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

const downloadZip = (wb: WorkbenchDriver, into: string): Promise<string> => downloadLabZip(wb, slug, root, into);

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
    await expectStandaloneTests(starterDir, solvedDir);
  });

  test('StackBlitz and GitHub are offered, and the copy command names the book’s repository from the site config', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await expect(wb.button('Open in StackBlitz')).toBeVisible();
    const command = wb.root.locator('.wb-degit');
    await expect(command).toContainText(`npx degit ${repository.owner}/${repository.name}/labs/${slug} ${slug}`);
    await expect(command).toHaveText(copyLabCommand(slug));
    await wb.button('Copy the command').click();
    await expect(wb.status).toHaveText('Command copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copyLabCommand(slug));
    await wb.button('Push to GitHub').click();
    const dialog = page.getByRole('dialog', { name: 'Push to GitHub' });
    await expect(dialog.getByLabel('Repository name')).toHaveValue(slug);
    await expect(dialog.getByRole('link', { name: 'Create a fine-grained token' })).toHaveAttribute('href', /github\.com\/settings\/personal-access-tokens\/new/);
    await expect(dialog).toContainText('sent only to GitHub');
  });

  test('Open in StackBlitz posts the learner’s current files, with the kit, as a node project', async ({ page, context }) => {
    // StackBlitz is never reached: the form the SDK posts in a new tab is caught and read.
    const posted = new Promise<{ url: URL; form: URLSearchParams }>((resolve) => {
      void context.route(/^https:\/\/stackblitz\.com\/run/, async (route) => {
        resolve({ url: new URL(route.request().url()), form: new URLSearchParams(route.request().postData() ?? '') });
        await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>StackBlitz stand-in</title>' });
      });
    });
    await page.goto(path!);
    await page.evaluate(() => localStorage.clear());
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/cost.ts');
    await wb.replaceCode('// edited before opening in StackBlitz\nexport {};\n');
    await wb.button('Open in StackBlitz').click();
    const { url, form } = await posted;
    expect(form.get('project[template]')).toBe('node');
    // Form submission sends line breaks as CRLF.
    expect(form.get('project[files][src/cost.ts]')?.replace(/\r\n/g, '\n')).toBe('// edited before opening in StackBlitz\nexport {};\n');
    expect(form.get('project[files][kit/package.json]')).toBeTruthy();
    expect(JSON.parse(form.get('project[files][package.json]') ?? '{}').dependencies['@ai-roadmap/kit']).toBe('file:./kit');
    expect(url.searchParams.get('file')).toBe('src/main.ts');
  });
});

test.describe('push to GitHub, against a fake GitHub API', () => {
  test.skip(!path, `no page embeds the ${slug} lab`);
  let github: Awaited<ReturnType<typeof startFakeGitHub>>;
  test.afterEach(async () => github?.close());

  /** Opens the dialog and fills it in, pointing the API base URL at the fake server. */
  async function fillDialog(page: Page, token: string, apiBase = github.apiBase) {
    await page.goto(path!);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.button('Push to GitHub').click();
    const dialog = page.getByRole('dialog', { name: 'Push to GitHub' });
    await dialog.getByLabel('Repository name').fill('my-cost-curve');
    await dialog.getByLabel('Token', { exact: true }).fill(token);
    await dialog.getByText('GitHub Enterprise Server', { exact: true }).click();
    await dialog.getByLabel('API base URL').fill(apiBase);
    await dialog.getByRole('button', { name: 'Create the repository' }).click();
    return dialog;
  }

  test('the steps are shown, a failed commit offers a retry, and the retry commits into the same repository', async ({ page }) => {
    github = await startFakeGitHub({ token: 'learner-token', failCommitOnce: true });
    const dialog = await fillDialog(page, 'learner-token');
    const steps = dialog.locator('.wb-steps li');
    await expect(dialog.getByRole('status')).toContainText('The repository https://github.example/octo/my-cost-curve was created');
    await expect(steps).toHaveText(['creating the repository', 'reading the first commit', 'uploading the files', 'committing']);
    await dialog.getByRole('button', { name: 'Retry into the same repository' }).click();
    await expect(dialog.getByRole('status').getByRole('link')).toHaveAttribute('href', 'https://github.example/octo/my-cost-curve');
    await expect(steps).toHaveText(['finding the repository', 'reading the first commit', 'uploading the files', 'committing', 'moving main to the new commit', 'done']);
    expect(github.creations).toEqual([{ name: 'my-cost-curve', private: false, description: 'A lab from AI Engineer Roadmap', auto_init: true }]);
    expect(github.head('my-cost-curve')).not.toBe('c0');
    const paths = github.trees.at(-1)?.tree.map((entry) => entry.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'kit/package.json']));
    const pushedPackage = JSON.parse(github.trees.at(-1)?.tree.find((entry) => entry.path === 'package.json')?.content ?? '{}');
    expect(pushedPackage.dependencies['@ai-roadmap/kit']).toBe('file:./kit');
  });

  test('a plain http:// API address elsewhere than this machine is refused before the token is sent, and not remembered', async ({ page }) => {
    github = await startFakeGitHub({ token: 'learner-token' });
    const dialog = await fillDialog(page, 'learner-token', 'http://github.example.com/api/v3');
    await expect(dialog.getByRole('status')).toContainText('must start with https://');
    expect(github.creations).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('ai-roadmap:github-api:v1'))).toBeNull();
  });

  test('a repository address that is not https does not become a link', async ({ page }) => {
    github = await startFakeGitHub({ token: 'learner-token', htmlUrl: () => 'javascript:alert(document.domain)' });
    const dialog = await fillDialog(page, 'learner-token');
    await expect(dialog.getByRole('status')).toContainText('Done: javascript:alert(document.domain)', { timeout: 15_000 });
    await expect(dialog.getByRole('status').getByRole('link')).toHaveCount(0);
  });

  test('a token GitHub refuses is reported as such, with no retry into a repository', async ({ page }) => {
    github = await startFakeGitHub({ token: 'learner-token' });
    const dialog = await fillDialog(page, 'an-old-token');
    await expect(dialog.getByRole('status')).toContainText('GitHub did not accept the token (401)');
    await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(github.creations).toEqual([]);
  });
});
