// Workbench figures: JS before interaction and once the workbench is loaded,
// and the time from clicking Run to the first output line, cold and warm.
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { webContainerHosts } from '../lib/webcontainer-hosts.ts';
import { median } from './figures.ts';
import type { BenchContext, BenchFigure } from './types.ts';

export interface Loaded {
  url: string;
  type: string;
  gzip: number;
}

/** Records the scripts and fetches (or the resource types given) a page loads; settled() waits for the bodies read so far. */
export function recordLoads(page: Page, types: string[] = ['script', 'fetch']): { loads: Loaded[]; settled(): Promise<unknown> } {
  const loads: Loaded[] = [];
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!types.includes(type)) return;
    reading.push(
      response
        .body()
        .then((body) => void loads.push({ url: response.url(), type, gzip: gzipSync(body).length }))
        .catch(() => {}),
    );
  });
  return { loads, settled: () => Promise.all(reading) };
}

// The worker arrives once as a fetch; its blob: copy inside the sandbox is not a second download.
const isRunnerCode = (load: Loaded): boolean => (load.type === 'script' && !load.url.startsWith('blob:')) || load.url.endsWith('/lab-data/quick-worker.js');

/** Clicks Run and measures, in the page, the time until the output panel first shows lab output. */
async function timeToFirstOutput(page: Page, slug: string): Promise<number> {
  return page.evaluate(
    (labSlug) =>
      new Promise<number>((resolve) => {
        const root = document.querySelector(`[data-lab-workbench="${labSlug}"]`)!;
        const log = root.querySelector('.wb-log')!;
        const observer = new MutationObserver(() => {
          if (!log.querySelector('.wb-stdout, .wb-stderr')) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(log, { childList: true, subtree: true });
        const run = root.querySelector<HTMLButtonElement>('[data-control="run"]')!;
        const started = performance.now();
        run.click();
      }),
    slug,
  );
}

/** Scrolls the workbench into view and measures, in the page, the time until its Run button can be pressed. */
async function timeToRunUsable(page: Page, slug: string): Promise<number> {
  return page.evaluate(
    (labSlug) =>
      new Promise<number>((resolve) => {
        const placeholder = document.querySelector<HTMLElement>(`[data-lab-workbench="${labSlug}"]`)!;
        const started = performance.now();
        const usable = () => {
          const run = placeholder.querySelector<HTMLButtonElement>('[data-control="run"]');
          if (placeholder.dataset.mounted === 'ready' && run && !run.disabled) resolve(performance.now() - started);
          else requestAnimationFrame(usable);
        };
        placeholder.scrollIntoView({ block: 'center' });
        usable();
      }),
    slug,
  );
}

async function waitForIdle(page: Page, slug: string): Promise<void> {
  await page.locator(`[data-lab-workbench="${slug}"] .wb-status`).filter({ hasText: /Exited|Crashed|Stopped/ }).waitFor({ timeout: 30_000 });
}

/** Chooses the in-page runner before the page loads, so the figures are the quick runner's, never a WebContainer's. */
const preferQuickRunner = (page: Page) =>
  page.addInitScript(() => localStorage.setItem('ai-roadmap:model:v1', JSON.stringify({ runner: 'quick', provider: 'stand-in' })));

/** Waits until the sandbox for the next run has started (the runner starts one after each run). */
const warmSandbox = (page: Page) => page.locator('iframe[title="Lab sandbox"][data-ready]').first().waitFor({ state: 'attached', timeout: 15_000 });

export async function measureWorkbench({ baseUrl }: BenchContext, slug: string, path: string, samples = 5): Promise<BenchFigure[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const usable: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    let before = 0;
    let loaded = 0;
    for (let sample = 0; sample < samples; sample++) {
      // A new context each time: an empty cache and a page that has never run the lab.
      const page = await browser.newPage();
      await preferQuickRunner(page);
      const { loads, settled } = recordLoads(page);
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      await settled();
      if (sample === 0) before = loads.filter(isRunnerCode).reduce((sum, load) => sum + load.gzip, 0);
      usable.push(await timeToRunUsable(page, slug));
      // Cold: the first Run, pressed as soon as the workbench is there; the runner may still be loading.
      cold.push(await timeToFirstOutput(page, slug));
      await waitForIdle(page, slug);
      for (let run = 0; run < 3; run++) {
        await warmSandbox(page);
        warm.push(await timeToFirstOutput(page, slug));
        await waitForIdle(page, slug);
      }
      if (sample === 0) {
        // By now the editor, the runner and its worker have all been fetched (the lab's own npm bundles are not runner code).
        await settled();
        loaded = loads.filter(isRunnerCode).reduce((sum, load) => sum + load.gzip, 0) - before;
      }
      await page.close();
    }
    const figures: BenchFigure[] = [
      { name: `lab page (${slug}): JS gzip before interaction`, value: before, unit: 'bytes', budget: 60 * 1024 },
      { name: 'workbench loaded (editor + runner): JS gzip', value: loaded, unit: 'bytes', budget: 200 * 1024 },
      { name: `workbench scrolled into view → Run usable (median of ${usable.length} fresh pages)`, value: Math.round(median(usable)), unit: 'ms', budget: 300 },
      { name: `quick runner: Run → first output, cold (median of ${cold.length} fresh pages)`, value: Math.round(median(cold)), unit: 'ms', budget: 300 },
      { name: `quick runner: Run → first output, warm (median of ${warm.length})`, value: Math.round(median(warm)), unit: 'ms', budget: 50 },
    ];
    for (const figure of figures) console.log(`  ${figure.name}: ${figure.value} ${figure.unit} (budget ${figure.budget} ${figure.unit})`);
    return figures;
  } finally {
    await browser.close();
  }
}

/** With no network, WebContainer.boot() hangs: how soon the first Run shows output from the fallback. */
export async function measureFallback({ baseUrl }: BenchContext, slug: string, path: string, samples = 3): Promise<BenchFigure[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const firstRun: number[] = [];
    const notice: number[] = [];
    for (let sample = 0; sample < samples; sample++) {
      const page = await browser.newPage();
      await page.route(webContainerHosts, () => {}); // held, never answered: StackBlitz unreachable
      await page.goto(new URL(path, baseUrl).href);
      await page.locator(`[data-lab-workbench="${slug}"]`).scrollIntoViewIfNeeded();
      const mounted = Date.now();
      await page.locator(`[data-lab-workbench="${slug}"][data-mounted="ready"]`).waitFor();
      firstRun.push(await timeToFirstOutput(page, slug));
      await page.locator(`[data-lab-workbench="${slug}"] .wb-runner-notice`).filter({ hasText: 'did not start in time' }).waitFor({ timeout: 10_000 });
      notice.push(Date.now() - mounted);
      await page.close();
    }
    return [
      { name: `first Run → output while WebContainer cannot boot (median of ${samples})`, value: Math.round(median(firstRun)), unit: 'ms', budget: 3000 },
      { name: `workbench shown → fallback reason shown (median of ${samples})`, value: Math.round(median(notice)), unit: 'ms', budget: 3000 },
    ];
  } finally {
    await browser.close();
  }
}
