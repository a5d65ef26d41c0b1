import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from './site-pages.ts';

/** The print route embeds every lab too, but for paper: it is not where a learner runs one. */
export const printRoute = '/print-book/';

/** The chapter pages that embed each lab: { slug: '/path/' }, read from dist. */
export function labPages(dist = 'dist'): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const path of sitemapPaths(dist).filter((candidate) => candidate !== printRoute)) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    for (const match of html.matchAll(/data-lab-workbench="([^"]+)"/g)) pages[match[1] ?? ''] ??= path;
  }
  return pages;
}
