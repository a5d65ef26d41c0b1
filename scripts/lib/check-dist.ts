// A gate over the built site: every internal link and asset resolves to a file
// in dist/, every <img> has alt text, and each stylesheet is linked once, from the head.
// Each problem names the page it is on.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { parse, walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';
import { pdfHref } from '../../src/book/meta.ts';
import { decodeUrlPath } from './url-path.ts';

/** Files written into dist/ after the build (the PDF), which pages may link to before they exist. */
const generatedAfterBuild = new Set([pdfHref]);

export interface DistProblem {
  page: string;
  message: string;
}

const linkAttributes: Record<string, string[]> = { a: ['href'], link: ['href'], img: ['src'], script: ['src'], source: ['src'] };

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}

/** The page URL a built file answers to: dist/a/b/index.html → /a/b/. */
export function pageUrl(dist: string, file: string): string {
  const path = relative(dist, file).split(sep).join('/');
  return '/' + path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
}

const isInternal = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

async function targetExists(dist: string, url: string): Promise<boolean> {
  const path = decodeUrlPath(url.split(/[?#]/)[0] ?? '');
  if (path === undefined) return false;
  const base = join(dist, ...path.split('/'));
  for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
    if ((await stat(candidate).catch(() => undefined))?.isFile()) return true;
  }
  return false;
}

function resolveHref(page: string, href: string): string {
  if (isInternal(href)) return href;
  return posix.join(page.endsWith('/') ? page : posix.dirname(page) + '/', href);
}

export async function checkPage(dist: string, file: string): Promise<DistProblem[]> {
  const page = pageUrl(dist, file);
  const problems: DistProblem[] = [];
  const references: string[] = [];
  const stylesheets = new Set<string>();
  let inBody = false;
  walkSync(parse(await readFile(file, 'utf8')), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    if (node.name === 'body') inBody = true;
    if (node.name === 'link' && node.attributes.rel === 'stylesheet') {
      // See src/book/stylesheet-links.ts: a repeated or body stylesheet made the print route take minutes to lay out.
      const href = String(node.attributes.href);
      if (stylesheets.has(href)) problems.push({ page, message: `stylesheet ${href} is linked more than once` });
      else if (inBody) problems.push({ page, message: `stylesheet ${href} is linked from the body, not the head` });
      stylesheets.add(href);
    }
    if (node.name === 'img' && node.attributes.alt === undefined) {
      problems.push({ page, message: `image ${node.attributes.src ?? '(no src)'} has no alt text` });
    }
    for (const attribute of linkAttributes[node.name] ?? []) {
      const value: unknown = node.attributes[attribute];
      if (typeof value !== 'string' || value === '' || value.startsWith('#')) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue; // external, data:, mailto:
      references.push(resolveHref(page, value));
    }
  });
  for (const url of new Set(references)) {
    if (generatedAfterBuild.has(url)) continue;
    if (!(await targetExists(dist, url))) problems.push({ page, message: `broken internal link ${url}` });
  }
  return problems;
}

export async function checkDist(dist: string): Promise<DistProblem[]> {
  const pages = await htmlFiles(dist);
  const results = await Promise.all(pages.filter((file) => !file.endsWith(`${sep}404.html`)).map((file) => checkPage(dist, file)));
  return results.flat();
}

export const formatProblems = (problems: DistProblem[]): string =>
  problems.map((problem) => `  ${problem.page}: ${problem.message}`).join('\n');
