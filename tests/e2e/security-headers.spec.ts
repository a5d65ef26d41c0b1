// The site's security headers and Content-Security-Policy, read from the served
// site, and proof that the policy lets every feature work: no violation while a
// reader searches, runs and tests a lab.
import { test, expect, type Page } from '@playwright/test';
import { securityHeaders } from '../../src/book/headers.ts';
import { sitemapPaths } from '../../scripts/lib/site-pages.ts';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';

const slug = 'streaming-client';

/** Every policy violation reported in the page, its frames and its workers, as the console shows them. */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  const note = (text: string) => /Content Security Policy|Content-Security-Policy/i.test(text) && seen.push(text);
  page.on('console', (message) => note(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => note(message.text())));
  page.on('pageerror', (error) => note(error.message));
  return seen;
}

test('pages, scripts and data are served with the security headers', async ({ request }) => {
  for (const path of ['/', sitemapPaths()[1] ?? '/', '/lab-data/quick-worker.js', `/lab-data/${slug}.json`, '/no-such-page/']) {
    const response = await request.get(path);
    for (const [name, value] of Object.entries(securityHeaders)) expect.soft(response.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
});

test('every page carries the Content-Security-Policy before its first script', async ({ request }) => {
  for (const path of sitemapPaths()) {
    const html = await (await request.get(path)).text();
    const policy = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect.soft(policy, `${path} has no policy`).toBeGreaterThan(-1);
    const firstScript = html.indexOf('<script');
    if (firstScript !== -1) expect.soft(policy, `${path}: a script comes before the policy`).toBeLessThan(firstScript);
  }
});

test('the policy allows what the book does: search, a lab’s Run and Test, the theme switch', async ({ page }) => {
  const violations = watchViolations(page);
  const path = labPages()[slug];
  test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);
  await freshLabPage(page, path ?? '/');
  const wb = new WorkbenchDriver(page, slug);
  await wb.open();
  await wb.runCode('console.log("ran under the policy");\n');
  await expect(wb.output).toContainText('ran under the policy');
  await wb.test();
  // Pagefind loads its script, WebAssembly and index when a search runs.
  await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.keyboard.press('ControlOrMeta+k');
  await page.locator('#starlight__search .pagefind-ui__search-input').fill('attention');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  expect(violations).toEqual([]);
});

test('the policy blocks an inline script it did not hash', async ({ page }) => {
  const violations = watchViolations(page);
  await page.goto('/');
  const ran = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        (window as unknown as { injected?: boolean }).injected = false;
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.head.append(script);
        setTimeout(() => resolve((window as unknown as { injected: boolean }).injected), 100);
      }),
  );
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});
