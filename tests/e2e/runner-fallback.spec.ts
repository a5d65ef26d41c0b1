import { test, expect } from '@playwright/test';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { WorkbenchDriver } from './support/workbench.ts';
import { isolationHeaders } from '../../src/book/headers.ts';
import { webContainerHosts } from '../../scripts/lib/webcontainer-hosts.ts';

const [slug, path] = Object.entries(labPages())[0] ?? [];


test.describe('choosing a runner', () => {
  test.skip(!slug || !path, 'no lab page in the build');
  let held: URL[] = [];
  test.beforeEach(async ({ context }) => {
    held = [];
    await context.route(webContainerHosts, (route) => void held.push(new URL(route.request().url())));
  });
  test.afterEach(async ({ context }) => context.unrouteAll({ behavior: 'ignoreErrors' }));

  test('when StackBlitz never answers, the first Run works in the in-page runner and the notice says why', async ({ page }) => {
    await page.goto(path!);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const wb = new WorkbenchDriver(page, slug!);
    await wb.open();
    await wb.button('Run').click();
    await expect(wb.output).not.toBeEmpty();
    await expect(wb.status).toContainText(/Exited|Crashed/);
    await expect(wb.root.locator('.wb-runner-notice')).toContainText('did not start in time');
    await expect(wb.button('Open a terminal')).toBeHidden();
    // The boot really went for StackBlitz, and was held: the fallback is ours, not an accident of this machine.
    const headless = held.find((url) => url.hostname === 'stackblitz.com' && url.pathname === '/headless');
    expect(headless, held.join('\n')).toBeDefined();
    expect(headless?.searchParams.get('coep')).toBe(isolationHeaders['Cross-Origin-Embedder-Policy']);
  });

  test.describe('on a host without COOP/COEP', () => {
    let server: RunningServer;
    test.beforeAll(async () => {
      server = await serveStatic({ root: 'dist', port: 0, isolate: false });
    });
    test.afterAll(async () => server.close());

    test('labs still run in the in-page runner, and the notice says the page is not isolated', async ({ page }) => {
      await page.goto(`${server.url}${path}`);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
      const wb = new WorkbenchDriver(page, slug!);
      await wb.open();
      await expect(wb.root.locator('.wb-runner-notice')).toContainText('not cross-origin isolated');
      await wb.button('Solve').click();
      await wb.confirm('Show the solution');
      const { passed, failed } = await wb.test();
      expect(passed).toBeGreaterThan(0);
      expect(failed).toBe(0);
    });
  });

  test('choosing the in-page runner in the settings is remembered', async ({ page }) => {
    await page.goto(path!);
    const wb = new WorkbenchDriver(page, slug!);
    await wb.open();
    await wb.press('Model');
    await page.getByRole('dialog').getByLabel('Runner').selectOption('quick');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.reload();
    const again = new WorkbenchDriver(page, slug!);
    await again.open();
    await expect(again.root.locator('.wb-runner-notice')).toContainText('you chose the in-page runner');
  });
});
