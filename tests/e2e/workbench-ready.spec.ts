// The workbench answers as soon as it is seen: its controls, tabs and output come
// before the editor's code, and Run works on the files as they are meanwhile.
import { test, expect, type Route } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, sandboxWorkers, WorkbenchDriver } from './support/workbench.ts';

const slug = 'streaming-client';
const path = labPages()[slug];

test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);

test('Run works, and the file is shown, while the editor is still loading; the editor then takes its place', async ({ page }) => {
  const held: Route[] = [];
  await page.route(/\/_astro\/editor\.[\w-]+\.js$/, (route) => void held.push(route));
  await freshLabPage(page, path ?? '/');
  const wb = new WorkbenchDriver(page, slug);
  await wb.open();
  await expect.poll(() => held.length, { message: 'the editor was not requested' }).toBeGreaterThan(0);
  await expect(wb.root.locator('.cm-editor')).toHaveCount(0);
  await expect(wb.root.locator('.wb-plain-code')).toContainText('serverSentEvents');
  // The starter as it is: it prints its first line, then fails where the learner has work to do.
  await wb.run();
  await expect(wb.output.locator('.wb-stdout')).toContainText('Calling the stand-in provider');
  await wb.selectFile('test/sse.test.ts');
  await expect(wb.root.locator('.wb-plain-code')).toContainText("from 'node:test'");
  for (const route of held) await route.continue();
  await expect(wb.root.locator('.cm-editor')).toHaveCount(1);
  await expect(wb.root.locator('.wb-plain-code')).toHaveCount(0);
  await expect(wb.editor).toContainText("from 'node:test'");
});

test('the sandbox starts when the workbench appears, not at the first Run', async ({ page }) => {
  await freshLabPage(page, path ?? '/');
  const wb = new WorkbenchDriver(page, slug);
  await wb.open();
  await expect(wb.sandboxes.and(page.locator('[data-ready]'))).toHaveCount(1);
  await expect.poll(() => sandboxWorkers(page).length, { message: 'no worker was started ahead of the first run' }).toBeGreaterThan(0);
});

test('what a run loads is fetched once the learner reaches for the workbench, not before: a kit lab\'s modules, and PGlite\'s data files too', async ({ page }) => {
  const [kitLab, pgvector] = [labPages()['cost-curve'], labPages()['pgvector-search']];
  test.skip(!kitLab || !pgvector, 'no built page embeds <Lab slug="cost-curve"/> or <Lab slug="pgvector-search"/>');
  const manifest = (await (await page.request.get('/lab-data/modules.json')).json()) as { assets: Record<string, { url: string }> };
  const pgliteFiles = Object.entries(manifest.assets).filter(([path]) => path.startsWith('/node_modules/@electric-sql/pglite')).map(([, { url }]) => url);
  expect(pgliteFiles.length, 'the module graph has no data files for PGlite').toBeGreaterThanOrEqual(3);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const modules = () => requested.filter((url) => url.startsWith('/lab-data/m/'));
  const dataFiles = () => requested.filter((url) => url.startsWith('/lab-data/a/'));

  await freshLabPage(page, kitLab ?? '/');
  const plain = new WorkbenchDriver(page, 'cost-curve');
  await plain.open();
  await expect.poll(() => sandboxWorkers(page).length, { message: 'no worker was started ahead of the first run' }).toBeGreaterThan(0);
  expect(modules(), 'cost-curve fetched its modules before the learner reached for it').toEqual([]);
  await plain.root.hover();
  await expect.poll(() => modules().length, { message: 'cost-curve\'s modules were not fetched when the learner reached for it' }).toBeGreaterThan(0);
  expect(dataFiles(), 'cost-curve has no data files to fetch').toEqual([]);

  await page.mouse.move(0, 0);
  requested.length = 0;
  await page.goto(pgvector ?? '/');
  const lab = new WorkbenchDriver(page, 'pgvector-search');
  await lab.open();
  await expect.poll(() => sandboxWorkers(page).length, { message: 'no worker was started ahead of the first run' }).toBeGreaterThan(0);
  expect(dataFiles(), 'a reader scrolling past fetched PGlite').toEqual([]);
  await lab.root.hover();
  await expect.poll(() => pgliteFiles.filter((url) => !requested.includes(url)), { message: 'data files not fetched before Run', timeout: 30_000 }).toEqual([]);
});
