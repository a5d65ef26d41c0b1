import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface AxeOptions {
  /**
   * For a very large page with no frames (the print route): axe runs in the page itself and keeps only
   * the violations. By default every passing node of every frame is copied out and into a blank page to
   * merge the results, which on the print route (some 18,000 highlighted code spans) takes most of a minute.
   */
  singleFrame?: boolean;
}

/** Runs axe on the page and returns one readable line per violation, each naming the page. */
export async function axeViolations(page: Page, label: string, { singleFrame = false }: AxeOptions = {}): Promise<string[]> {
  if (singleFrame && page.frames().length > 1) throw new Error(`axe: ${label} has ${page.frames().length - 1} frames; the single-frame run would skip them.`);
  const builder = singleFrame ? new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }) : new AxeBuilder({ page });
  const { violations } = await builder.analyze();
  return violations.map(
    (violation) =>
      `${label}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}
