// Lighthouse performance and accessibility (mobile, its default settings) for a few
// pages, each beside its HTML size before compression and its DOMContentLoaded.
// Each run has a fresh Chromium; the rounds take every page in turn, so that a
// change in the machine's load falls on all of them alike. Nothing leaves localhost.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../lib/chromium.ts';
import { median } from './figures.ts';
import type { BenchFigure } from './types.ts';

export interface LighthousePage {
  /** How the table names it, e.g. "chapter page (cost-curve)". */
  label: string;
  baseUrl: string;
  path: string;
}

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** Lighthouse's observed (unthrottled) DOMContentLoaded, in ms. */
  domContentLoaded: number;
}

export interface PageFigures {
  page: LighthousePage;
  performance: BenchFigure;
  accessibility: BenchFigure;
  html: BenchFigure;
  domContentLoaded: BenchFigure;
}

const chromiumPath = (): string => findChromium() ?? chromium.executablePath();

/** One Lighthouse run against a URL, in a Chromium of its own. */
export async function lighthouseRun(url: string): Promise<LighthouseRun> {
  const browser = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: browser.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`bench: Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`bench: Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (category: string): number => {
      const value = lhr.categories[category]?.score;
      if (typeof value !== 'number') throw new Error(`bench: Lighthouse gave no ${category} score for ${url}`);
      return Math.round(value * 100);
    };
    const metrics = (lhr.audits['metrics']?.details as { items?: Array<Record<string, unknown>> } | undefined)?.items?.[0];
    const domContentLoaded = metrics?.['observedDomContentLoaded'];
    if (typeof domContentLoaded !== 'number') throw new Error(`bench: Lighthouse gave no DOMContentLoaded for ${url}`);
    return { performance: score('performance'), accessibility: score('accessibility'), domContentLoaded };
  } finally {
    browser.kill();
  }
}

/** The page's HTML as the server sends it, counted after decompression. */
async function htmlBytes(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bench: ${url} answered ${response.status}`);
  return (await response.arrayBuffer()).byteLength;
}

export async function measureLighthouse(pages: LighthousePage[], runs = 3): Promise<PageFigures[]> {
  const results = pages.map(() => [] as LighthouseRun[]);
  for (let round = 1; round <= runs; round++) {
    for (const [index, page] of pages.entries()) {
      const run = await lighthouseRun(new URL(page.path, page.baseUrl).href);
      results[index]?.push(run);
      console.log(`  Lighthouse ${round}/${runs}, ${page.label}: performance ${run.performance}, accessibility ${run.accessibility}, DCL ${Math.round(run.domContentLoaded)} ms`);
    }
  }
  return Promise.all(
    pages.map(async (page, index) => {
      const runsOfPage = results[index] ?? [];
      const of = (pick: (run: LighthouseRun) => number) => median(runsOfPage.map(pick));
      const suffix = `(median of ${runs})`;
      return {
        page,
        performance: { name: `${page.label}: Lighthouse performance, mobile ${suffix}`, value: of((run) => run.performance), unit: 'score' },
        accessibility: { name: `${page.label}: Lighthouse accessibility ${suffix}`, value: of((run) => run.accessibility), unit: 'score' },
        html: { name: `${page.label}: HTML before compression`, value: await htmlBytes(new URL(page.path, page.baseUrl).href), unit: 'bytes' },
        domContentLoaded: { name: `${page.label}: DOMContentLoaded ${suffix}`, value: Math.round(of((run) => run.domContentLoaded)), unit: 'ms' },
      } satisfies PageFigures;
    }),
  );
}
