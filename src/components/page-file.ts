import type { AstroGlobal } from 'astro';

/**
 * The source file of the page a component is rendered on (e.g. "src/content/docs/stage-1-foundation/cost-curve.mdx"),
 * for build errors that name it. Where Starlight's route data is not set (the print route), the page's URL.
 */
export function pageFile(astro: AstroGlobal): string {
  try {
    return astro.locals.starlightRoute.entry.filePath ?? astro.url.pathname;
  } catch {
    return astro.url.pathname;
  }
}
