// The editor's language service: how soon it answers once the learner focuses the editor, how
// long each keystroke keeps the main thread while it works, and the bytes it loads, none of them
// before that focus. Figures only; no test asserts a time.
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { median } from './figures.ts';
import { recordLoads, type Loaded } from './workbench.ts';
import type { BenchContext, BenchFigure } from './types.ts';

// A worker's script is a request of type "other".
const recordScriptsAndData = (page: Page) => recordLoads(page, ['script', 'fetch', 'other']);

/** Focuses the editor and measures, in the page, the time until the open file's type errors are counted. */
const timeToReady = (page: Page, slug: string): Promise<number> =>
  page.evaluate(
    (labSlug) =>
      new Promise<number>((resolve) => {
        const root = document.querySelector(`[data-lab-workbench="${labSlug}"]`)!;
        const state = root.querySelector<HTMLElement>('.wb-type-state')!;
        const observer = new MutationObserver(() => {
          if (state.dataset.state !== 'ready' && state.dataset.state !== 'failed') return;
          observer.disconnect();
          resolve(state.dataset.state === 'ready' ? performance.now() - started : Number.NaN);
        });
        observer.observe(state, { attributes: true });
        const started = performance.now();
        root.querySelector<HTMLElement>('.cm-content')!.focus();
      }),
    slug,
  );

interface TraceEvent {
  name: string;
  ph: string;
  tdur?: number;
  args?: { data?: { type?: string } };
}

/**
 * The main thread's processor time for the longest typed key event (µs in the trace, ms here). On
 * two cores, while TypeScript's worker and V8's background compilers run, the wall-clock time of a
 * key's handling can be twice its processor time: the thread waits for a core. This is the work.
 */
function worstKeyCpuMs(events: TraceEvent[]): number {
  const keys = events.filter((event) => event.name === 'EventDispatch' && event.ph === 'X' && /^(key|beforeinput|input)/.test(event.args?.data?.type ?? ''));
  return Math.max(0, ...keys.map((event) => (event.tdur ?? 0) / 1000));
}

/** Types a few lines at the end of the open file and returns the main thread's longest handling of one typed key, and the long tasks meanwhile. */
async function typingCost(browser: Browser, page: Page, slug: string): Promise<{ worstKeystrokeMs: number; worstKeystrokeCpuMs: number; keystrokes: number; over16: number; longTasks: number }> {
  // To the end of the file first: a jump that scrolls the editor and draws its last lines, not typing.
  await page.locator(`[data-lab-workbench="${slug}"] .cm-content`).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const record: PerformanceEntry[] = [];
    (window as unknown as { typingEntries: PerformanceEntry[] }).typingEntries = record;
    new PerformanceObserver((list) => record.push(...list.getEntries())).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    new PerformanceObserver((list) => record.push(...list.getEntries())).observe({ type: 'longtask' });
  });
  const text = "\nconst probe = prices.filter((row) => row.inputPerMTok > 1).map((row) => row.model);\nconsole.log(probe.length);\n";
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.keyboard.type(text, { delay: 60 });
  await page.waitForTimeout(1500);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const entries = await page.evaluate(() =>
    (window as unknown as { typingEntries: PerformanceEntry[] }).typingEntries.map((entry) => ({
      type: entry.entryType,
      name: entry.name,
      duration: entry.duration,
      processing: 'processingStart' in entry ? (entry as PerformanceEventTiming).processingEnd - (entry as PerformanceEventTiming).processingStart : 0,
    })),
  );
  const keyEvents = entries.filter((entry) => entry.type === 'event' && /^key|input/.test(entry.name));
  return {
    // Event Timing reports only events that took 16 ms or more to paint: an unreported keystroke was handled in less.
    worstKeystrokeMs: Math.max(0, ...keyEvents.map((entry) => entry.processing)),
    worstKeystrokeCpuMs: worstKeyCpuMs(trace.traceEvents),
    keystrokes: text.length,
    over16: keyEvents.filter((entry) => entry.processing > 16).length,
    longTasks: entries.filter((entry) => entry.type === 'longtask').length,
  };
}

export async function measureLanguageService({ baseUrl }: BenchContext, slug: string, path: string, samples = 3): Promise<BenchFigure[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const ready: number[] = [];
    const worst: number[] = [];
    const worstCpu: number[] = [];
    const overBudget: number[] = [];
    const longTasks: number[] = [];
    let loadedBeforeFocus = 0;
    let sizes = { worker: 0, declarations: 0, client: 0 };
    for (let sample = 0; sample < samples; sample++) {
      const page = await browser.newPage();
      const { loads, settled } = recordScriptsAndData(page);
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      const root = page.locator(`[data-lab-workbench="${slug}"]`);
      await root.scrollIntoViewIfNeeded();
      await page.locator(`[data-lab-workbench="${slug}"][data-mounted="ready"]`).waitFor();
      await root.locator('.cm-content').waitFor();
      // The file that imports both the kit and the AI SDK: its first check needs both resolved.
      await root.getByRole('tab', { name: 'src/main.ts' }).evaluate((tab: HTMLElement) => tab.click());
      await settled();
      const before = loads.length;
      loadedBeforeFocus += loads.filter((load) => /\/lab-data\/t\/|lab-language-service/.test(load.url)).length;
      ready.push(await timeToReady(page, slug));
      // The bench gzips each body it records, on the same two cores: done before the typing is timed.
      await settled();
      const typing = await typingCost(browser, page, slug);
      worst.push(typing.worstKeystrokeMs);
      worstCpu.push(typing.worstKeystrokeCpuMs);
      overBudget.push(typing.over16);
      longTasks.push(typing.longTasks);
      if (sample === 0) {
        await settled();
        const after = loads.slice(before);
        const sum = (chosen: Loaded[]) => chosen.reduce((total, load) => total + load.gzip, 0);
        sizes = {
          worker: sum(after.filter((load) => load.url.includes('/lab-data/t/ts-worker-'))),
          declarations: sum(after.filter((load) => /\/lab-data\/t\/types-/.test(load.url))),
          // The chunk type-checking.ts imports on focus (CodeMirror, which it shares, is loaded already); other
          // chunks that happen to load meanwhile, such as the WebContainer SDK, are not the language service's.
          client: sum(after.filter((load) => /\/lab-language-service\.[^/]*\.js$/.test(load.url))),
        };
      }
      await page.close();
    }
    const figures: BenchFigure[] = [
      { name: `language service: editor focused → types of the kit and ai answered (median of ${samples} fresh pages)`, value: Math.round(median(ready)), unit: 'ms', budget: 2000 },
      { name: `typing while it works: longest handling of a typed key on the main thread (median of ${samples} runs' worst)`, value: Math.round(median(worst)), unit: 'ms', budget: 16 },
      { name: `typing while it works: main thread's processor time for the longest typed key (median of ${samples} runs' worst)`, value: Math.round(median(worstCpu) * 10) / 10, unit: 'ms' },
      { name: 'typing while it works: keystrokes handled in over 16 ms (median of runs)', value: median(overBudget), unit: 'count' },
      { name: 'typing while it works: long tasks (median of runs)', value: median(longTasks), unit: 'count' },
      { name: 'language service loaded before the editor is focused (requests, all runs)', value: loadedBeforeFocus, unit: 'count', budget: 0 },
      { name: 'language service: page-side JS gzip, loaded on focus', value: sizes.client, unit: 'bytes' },
      { name: 'language service: worker with TypeScript, gzip', value: sizes.worker, unit: 'bytes' },
      { name: `language service: declaration files for ${slug}, gzip`, value: sizes.declarations, unit: 'bytes' },
    ];
    for (const figure of figures) console.log(`  ${figure.name}: ${figure.value} ${figure.unit}${figure.budget === undefined ? '' : ` (budget ${figure.budget} ${figure.unit})`}`);
    return figures;
  } finally {
    await browser.close();
  }
}
