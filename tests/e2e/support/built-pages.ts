// The built pages, read from dist/, so that a test can find the pages that use a building
// block (maths, figures, answers, hints) and follow the chapters as they are written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { sitemapPaths } from '../../../scripts/lib/site-pages.ts';

export const pages = sitemapPaths();
const built = new Map(pages.map((path) => [path, readFileSync(join('dist', path, 'index.html'), 'utf8')]));

/** A page's built HTML: a sitemap page, or a file such as '/404.html'. */
export function builtHtml(path: string): string {
  let html = built.get(path);
  if (html === undefined) built.set(path, (html = readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8')));
  return html;
}

/** The pages whose HTML contains the marker, e.g. 'class="katex"'. */
export const pagesWith = (marker: string): string[] => pages.filter((path) => builtHtml(path).includes(marker));

const trees = new Map<string, Node>();

/** A page's built HTML, parsed (ultrahtml), for questions a regular expression would answer badly. */
export function builtTree(path: string): Node {
  let tree = trees.get(path);
  if (!tree) trees.set(path, (tree = parse(builtHtml(path)) as Node));
  return tree;
}

/** The elements of a built page, or of an element in one, that match a CSS selector. */
export const select = (root: Node, selector: string): ElementNode[] => querySelectorAll(root, selector) as ElementNode[];

/** An element's text, as textContent gives it. */
export function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return String(node.value);
  return 'children' in node && Array.isArray(node.children) ? node.children.map((child: Node) => textOf(child)).join('') : '';
}
