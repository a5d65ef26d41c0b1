import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from './site-pages.ts';

/** The built pages that embed each lab: { slug: '/path/' }, read from dist. */
export function labPages(dist = 'dist'): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const path of sitemapPaths(dist)) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    for (const match of html.matchAll(/data-lab-workbench="([^"]+)"/g)) pages[match[1] ?? ''] ??= path;
  }
  return pages;
}
