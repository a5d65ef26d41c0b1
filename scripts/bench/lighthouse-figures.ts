// The Lighthouse part of the bench: the book's home page, a chapter with a lab,
// the lab page with the most HTML, and a default Starlight page from the same run,
// with the chapter page's budgets (issue 15).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { labPages } from '../lib/lab-pages.ts';
import { starlightChapterPage, type StarlightDefaultSite } from './starlight-baseline.ts';
import { measureLighthouse, type LighthousePage } from './lighthouse.ts';
import { ratio } from './figures.ts';
import type { BenchContext, BenchFigure } from './types.ts';

export const chapterPath = '/stage-1-foundation/cost-curve/';

export const chapterBudgets = {
  performance: 95,
  accessibility: 100,
  htmlBytes: 100 * 1024,
  /** The chapter's DOMContentLoaded ÷ the default Starlight page's. */
  domContentLoadedRatio: 1.2,
};

/** The page, among those that embed a lab, whose HTML is largest in dist/. */
export function labHeaviestPage(dist = 'dist'): string {
  const sizes = [...new Set(Object.values(labPages(dist)))].map((path) => ({ path, bytes: statSync(join(dist, path, 'index.html')).size }));
  const heaviest = sizes.sort((a, b) => b.bytes - a.bytes)[0];
  if (!heaviest) throw new Error(`bench: no page in ${dist}/ embeds a lab`);
  return heaviest.path;
}

const lastSegment = (path: string): string => path.split('/').filter(Boolean).at(-1) ?? path;

export async function lighthouseFigures({ baseUrl }: BenchContext, starlight: StarlightDefaultSite): Promise<BenchFigure[]> {
  const labPath = labHeaviestPage();
  const pages: LighthousePage[] = [
    { label: 'home page', baseUrl, path: '/' },
    { label: `chapter page (${lastSegment(chapterPath)})`, baseUrl, path: chapterPath },
    { label: `lab-heavy page (${lastSegment(labPath)})`, baseUrl, path: labPath },
    { label: 'default Starlight page', baseUrl: starlight.baseUrl, path: starlightChapterPage },
  ];
  const [home, chapter, lab, baseline] = await measureLighthouse(pages, 3);
  if (!home || !chapter || !lab || !baseline) throw new Error('bench: Lighthouse measured fewer pages than asked');
  chapter.performance.budget = chapterBudgets.performance;
  chapter.performance.atLeast = true;
  chapter.accessibility.budget = chapterBudgets.accessibility;
  chapter.accessibility.atLeast = true;
  chapter.html.budget = chapterBudgets.htmlBytes;
  const dclRatio: BenchFigure = {
    name: `${chapter.page.label}: DOMContentLoaded ÷ default Starlight page's`,
    value: ratio(chapter.domContentLoaded.value, baseline.domContentLoaded.value),
    unit: '×',
    budget: chapterBudgets.domContentLoadedRatio,
  };
  const rows = [home, chapter, lab, baseline].flatMap((page) => [page.performance, page.accessibility, page.html, page.domContentLoaded]);
  return [...rows, dclRatio];
}
