import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

export interface AxeOptions {
  /**
   * For a very large page with no frames (the print route): axe runs in the page itself. By default
   * axe runs in every frame and merges the frames' results in a blank page of the same browser.
   */
  singleFrame?: boolean;
}

/** Runs axe on the page and returns one readable line per violation, each naming the page. */
export async function axeViolations(page: Page, label: string, { singleFrame = false }: AxeOptions = {}): Promise<string[]> {
  if (singleFrame && page.frames().length > 1) throw new Error(`axe: ${label} has ${page.frames().length - 1} frames; the single-frame run would skip them.`);
  // Only violations fail a page, so only they are collected: copying every passing node out of the
  // page (18,000 highlighted code spans on the print route) is most of a scan's time otherwise.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (singleFrame ? builder.setLegacyMode(true) : builder).analyze();
  return violations.map(
    (violation) =>
      `${label}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** How many elements axe checks on the page, in all its frames. */
export async function elementCount(page: Page): Promise<number> {
  const counts = await Promise.all(page.frames().map((frame) => frame.evaluate(() => document.getElementsByTagName('*').length).catch(() => 0)));
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
  const budget = scans * axeScanBudgetMs(await elementCount(page), options);
  test.info().setTimeout(test.info().timeout + budget);
}
