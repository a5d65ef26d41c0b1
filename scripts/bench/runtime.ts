// The in-page runtime's figures (budgets of the issue "Labs on the real
// libraries of the field"): what a lab on the kit fetches before its first
// output, the PGlite proof project's first and later query, a warm Test run of
// cost-curve, and what a second lab page fetches of the modules it shares with
// the first. Medians or byte counts; nothing here is asserted in a test.
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { median } from './figures.ts';
import type { BenchContext, BenchFigure } from './types.ts';

const quickRunnerOnly = (page: Page) =>
  page.addInitScript(() => localStorage.setItem('ai-roadmap:model:v1', JSON.stringify({ runner: 'quick', provider: 'stand-in' })));

/** Sums, gzipped, every response body the page receives from now on (scripts, fetches, data files). */
function countBytes(page: Page): () => Promise<number> {
  const bodies: Array<Promise<number>> = [];
  page.on('response', (response) => {
    // A blob: URL is the sandbox's copy of the worker, already counted when the page fetched it.
    if (!response.url().startsWith('blob:')) bodies.push(response.body().then((body) => gzipSync(body).length, () => 0));
  });
  return async () => (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
}

/** Clicks `button` and resolves with the milliseconds until `done` holds in the page. */
async function timeClick(page: Page, button: string, done: string, argument: string): Promise<number> {
  return page.evaluate(
    ([selector, predicate, arg]) =>
      new Promise<number>((resolve) => {
        const test = new Function('arg', predicate) as (arg: string) => boolean;
        const started = performance.now();
        const check = () => (test(arg) ? resolve(performance.now() - started) : requestAnimationFrame(check));
        document.querySelector<HTMLButtonElement>(selector)!.click();
        requestAnimationFrame(check);
      }),
    [button, done, argument] as const,
  );
}

const firstOutput = `const log = document.querySelector('[data-lab-workbench="' + arg + '"] .wb-log'); return !!log && !!log.querySelector('.wb-stdout, .wb-stderr');`;

/** Scroll a kit lab into view on a fresh page, press Run: the bytes fetched until its first output line. */
async function kitLabFirstRun(baseUrl: string, slug: string, path: string): Promise<{ bytes: number; ms: number }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await quickRunnerOnly(page);
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    const fetched = countBytes(page);
    const root = page.locator(`[data-lab-workbench="${slug}"]`);
    await root.scrollIntoViewIfNeeded();
    await page.locator(`[data-lab-workbench="${slug}"][data-mounted="ready"]`).waitFor();
    const ms = await timeClick(page, `[data-lab-workbench="${slug}"] [data-control="run"]`, firstOutput, slug);
    return { bytes: await fetched(), ms };
  } finally {
    await browser.close();
  }
}

/**
 * A warm Test run of a lab: the time from Test to its summary, after a first Test on the same page.
 * With `solved`, the lab's solution is in place first, so every test runs to its pass.
 */
async function warmTestRun(baseUrl: string, slug: string, path: string, { samples = 3, solved = false } = {}): Promise<number[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await quickRunnerOnly(page);
    await page.goto(new URL(path, baseUrl).href);
    await page.locator(`[data-lab-workbench="${slug}"]`).scrollIntoViewIfNeeded();
    await page.locator(`[data-lab-workbench="${slug}"][data-mounted="ready"]`).waitFor();
    if (solved) {
      await page.locator(`[data-lab-workbench="${slug}"]`).getByRole('button', { name: 'Solve' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Show the solution' }).click();
    }
    const summary = `const s = document.querySelector('[data-lab-workbench="' + arg + '"] .wb-tests-summary'); return !!s && /tests pass|No test results/.test(s.textContent || '') && !/Testing/.test(document.querySelector('[data-lab-workbench="' + arg + '"] .wb-status').textContent || '');`;
    const times: number[] = [];
    for (let run = 0; run <= samples; run++) {
      const ms = await timeClick(page, `[data-lab-workbench="${slug}"] [data-control="test"]`, summary, slug);
      if (run > 0) times.push(ms);
      await page.waitForTimeout(300);
    }
    return times;
  } finally {
    await browser.close();
  }
}

/** The PGlite proof project: Run → the first query's result, on a fresh page and then again on the same page. */
async function pgliteRuns(baseUrl: string): Promise<{ first: number; later: number[] }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(new URL('/runtime-proof/', baseUrl).href, { waitUntil: 'networkidle' });
    const item = '[data-proof="pglite-vector"]';
    const firstQuery = `const out = document.querySelector(arg + ' [data-proof-output]'); return !!out && out.textContent.includes('HNSW top 10');`;
    const finished = async () => page.locator(`${item}[data-result]`).waitFor({ timeout: 120_000 });
    const first = await timeClick(page, `${item} [data-proof-run]`, firstQuery, item);
    await finished();
    const later: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.evaluate((selector) => document.querySelector(selector)?.removeAttribute('data-result'), item);
      later.push(await timeClick(page, `${item} [data-proof-run]`, firstQuery, item));
      await finished();
    }
    return { first, later };
  } finally {
    await browser.close();
  }
}

/** Two lab pages in one browser: the module files the second fetches from the server that the first had already fetched. */
async function secondLabPage(baseUrl: string, server: Server, first: [string, string], second: [string, string]): Promise<{ refetched: number; shared: number }> {
  const requested: string[] = [];
  const record = (request: { url?: string }) => requested.push(request.url ?? '');
  server.on('request', record);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    const visit = async ([slug, path]: [string, string]) => {
      const page = await context.newPage();
      await quickRunnerOnly(page);
      await page.goto(new URL(path, baseUrl).href);
      await page.locator(`[data-lab-workbench="${slug}"]`).scrollIntoViewIfNeeded();
      await page.locator(`[data-lab-workbench="${slug}"][data-mounted="ready"]`).waitFor();
      await timeClick(page, `[data-lab-workbench="${slug}"] [data-control="run"]`, firstOutput, slug);
      await page.locator(`[data-lab-workbench="${slug}"] .wb-status`).filter({ hasText: /Exited|Crashed|Stopped/ }).waitFor({ timeout: 60_000 });
      await page.close();
    };
    const modules = () => requested.filter((url) => url.startsWith('/lab-data/m/') || url.startsWith('/lab-data/a/'));
    await visit(first);
    const firstModules = new Set(modules());
    requested.length = 0;
    await visit(second);
    const secondModules = modules();
    return { refetched: secondModules.filter((url) => firstModules.has(url)).length, shared: firstModules.size };
  } finally {
    server.off('request', record);
    await browser.close();
  }
}

export async function measureRuntime({ baseUrl }: BenchContext, server: Server, labs: Record<string, string>): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const kitLab = labs['cost-curve'];
  if (kitLab) {
    const { bytes, ms } = await kitLabFirstRun(baseUrl, 'cost-curve', kitLab);
    figures.push(
      { name: 'cost-curve: fetched from workbench in view to first output of the first Run (gzip)', value: bytes, unit: 'bytes', budget: 500 * 1024 },
      { name: 'cost-curve: first Run → first output, fresh page', value: Math.round(ms), unit: 'ms' },
    );
    figures.push({ name: 'cost-curve: Test → all results, warm page (median of 3)', value: Math.round(median(await warmTestRun(baseUrl, 'cost-curve', kitLab))), unit: 'ms', budget: 500 });
  }
  const streamingLab = labs['streaming-client'];
  if (streamingLab) {
    figures.push({ name: 'streaming-client (solved): Test → all results, warm page (median of 3)', value: Math.round(median(await warmTestRun(baseUrl, 'streaming-client', streamingLab, { solved: true }))), unit: 'ms', budget: 300 });
  }
  const other = labs['eval-gate'];
  if (kitLab && other) {
    const { refetched, shared } = await secondLabPage(baseUrl, server, ['cost-curve', kitLab], ['eval-gate', other]);
    figures.push({ name: `second lab page (eval-gate after cost-curve): module files fetched again of the ${shared} the first fetched`, value: refetched, unit: 'files', budget: 0 });
  }
  const { first, later } = await pgliteRuns(baseUrl);
  figures.push(
    { name: 'PGlite proof project: Run → first query result, fresh page', value: Math.round(first), unit: 'ms', budget: 3000 },
    { name: 'PGlite proof project: Run → first query result, later Run (median of 3)', value: Math.round(median(later)), unit: 'ms', budget: 400 },
  );
  for (const figure of figures) console.log(`  ${figure.name}: ${figure.value} ${figure.unit}${figure.budget === undefined ? '' : ` (budget ${figure.budget})`}`);
  return figures;
}
