// The built pages, read from dist/, so that a test can find the pages that use a building
// block (maths, figures, answers, hints) and follow the chapters as they are written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from '../../../scripts/lib/site-pages.ts';

export const pages = sitemapPaths();
const built = new Map(pages.map((path) => [path, readFileSync(join('dist', path, 'index.html'), 'utf8')]));

/** A page's built HTML. */
export const builtHtml = (path: string): string => built.get(path) ?? '';

/** The pages whose HTML contains the marker, e.g. 'class="katex"'. */
export const pagesWith = (marker: string): string[] => pages.filter((path) => builtHtml(path).includes(marker));
