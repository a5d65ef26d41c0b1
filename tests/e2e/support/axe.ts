import axe from 'axe-core';
import { test, type Frame, type Page } from '@playwright/test';

// axe is run here directly rather than through @axe-core/playwright, whose AxeBuilder gives each
// frame 1 s to load axe and, when that passes, leaves the frame out without a word: on a busy
// machine, loading axe's 600 KB into a frame took 3 s, and the workbench's sandbox went unscanned.
// Here every frame gets axe with no limit, and a frame that cannot be scanned fails the scan.

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/** Only violations fail a page, so only they are collected (every passing node otherwise). */
const allRuleOptions: axe.RunOptions = { resultTypes: ['violations'] };

/** The rules whose answer depends on the colours, which are all that a theme changes. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

async function loadAxe(frame: Frame): Promise<void> {
  if (await frame.evaluate(() => typeof window.axe?.runPartial === 'function')) return;
  await frame.evaluate(axe.source);
  await frame.evaluate(() => window.axe!.configure({ allowedOrigins: ['<unsafe_all_origins>'] }));
}

/** axe's context and frame selectors as they cross between the page and the test: plain data. */
type PlainContext = Record<string, unknown>;
interface FrameContext {
  frameSelector: string[];
  frameContext: PlainContext;
}

/** axe's partial results for a frame and, depth first, for every frame inside it (the order finishRun expects). */
async function partialResults(frame: Frame, context: PlainContext, label: string, runOptions: axe.RunOptions): Promise<axe.PartialResult[]> {
  await loadAxe(frame);
  const frameContexts = await frame.evaluate((ctx) => window.axe!.utils.getFrameContexts(ctx as axe.ContextSpec) as unknown as FrameContext[], context);
  const results = [await frame.evaluate(({ ctx, options }) => window.axe!.runPartial(ctx as axe.ContextSpec, options), { ctx: context, options: runOptions })];
  for (const { frameSelector, frameContext } of frameContexts) {
    const element = (await frame.evaluateHandle((selector) => window.axe!.utils.shadowSelect(selector as axe.CrossTreeSelector), frameSelector)).asElement();
    const child = await element?.contentFrame();
    if (!child) throw new Error(`axe: ${label}: the frame ${JSON.stringify(frameSelector)} could not be reached, so it was not scanned.`);
    results.push(...(await partialResults(child, frameContext, label, runOptions)));
  }
  return results;
}

export interface AxeOptions {
  /** Only these rules, by id; every rule when left out. */
  rules?: string[];
  /**
   * Insist on one axe.run in the page, which keeps only the violations there; partial results copy
   * every checked node out of the page and back. A page without frames gets that run anyway; this
   * makes a page that has frames an error instead (the print route must have none).
   */
  singleFrame?: boolean;
  /**
   * Scan only these parts of the page (CSS selectors), with the frames inside them. For a component's
   * own test: the page around it is scanned by quality.spec.ts, and a whole chapter scans far longer.
   */
  within?: string[];
}

/** Runs axe on the page, in every frame, and returns one readable line per violation, each naming the page. */
export async function axeViolations(page: Page, label: string, { singleFrame = false, rules, within }: AxeOptions = {}): Promise<string[]> {
  const context: PlainContext = { include: within ? within.map((selector) => [selector]) : [], exclude: [] };
  const runOptions: axe.RunOptions = rules ? { ...allRuleOptions, runOnly: { type: 'rule', values: rules } } : allRuleOptions;
  let violations: axe.Result[];
  const frames = page.frames().length;
  if (singleFrame && frames > 1) throw new Error(`axe: ${label} has ${frames - 1} frames; the single-frame run would skip them.`);
  if (frames === 1) {
    await loadAxe(page.mainFrame());
    ({ violations } = await page.evaluate(
      ({ ctx, options }) => window.axe!.run((ctx as { include: string[][] }).include.length > 0 ? (ctx as axe.ContextSpec) : document, { ...options, iframes: false }),
      { ctx: context, options: runOptions },
    ));
  } else {
    const partials = await partialResults(page.mainFrame(), context, label, runOptions);
    ({ violations } = await page.evaluate(({ partials, options }) => window.axe!.finishRun(partials, options), { partials, options: runOptions }));
  }
  return violations.map(
    (violation) =>
      `${label}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** The elements in the document, or in the parts of it the selectors name (each with all it holds). */
const countElements = (selectors: string[] | undefined): number =>
  selectors && selectors.length > 0
    ? selectors.flatMap((selector) => [...document.querySelectorAll(selector)]).reduce((sum, element) => sum + 1 + element.getElementsByTagName('*').length, 0)
    : document.getElementsByTagName('*').length;

/** How many elements axe checks on the page, in all its frames (in the main frame, only within the parts given). */
export async function elementCount(page: Page, within?: string[]): Promise<number> {
  const counts = await Promise.all(page.frames().map((frame) => frame.evaluate(countElements, frame === page.mainFrame() ? within : undefined).catch(() => 0)));
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * The time one scan may take: 10 s, plus 15 ms per element (5 ms in a single frame). On a shared
 * 2-core machine a scan of the longest chapter (6,500 elements) took 10 s at a load average of 12,
 * 1.6 ms per element; the print route (35,000 elements, one frame) took 22 s at a load average of 4,
 * 0.6 ms per element. The margin lets a busier machine pass; a hung scan still fails.
 */
export const axeScanBudgetMs = (elements: number, { singleFrame = false }: AxeOptions = {}): number => 10_000 + elements * (singleFrame ? 5 : 15);

/** Adds to the running test's timeout the time `scans` axe scans of this page may take, sized to its elements. */
export async function allowTimeForAxe(page: Page, scans = 1, options: AxeOptions = {}): Promise<void> {
  const budget = scans * axeScanBudgetMs(await elementCount(page, options.within), options);
  test.info().setTimeout(test.info().timeout + budget);
}
