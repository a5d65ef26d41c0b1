// Makes the print route one self-contained document, as a PDF must be:
// - every id inside a chapter gets the chapter's prefix (each chapter has its own
//   "learning-goals"), and whatever refers to it (href="#…", aria-labelledby, url(#…)) follows;
// - a link to a chapter of the book becomes a link into the document (#chapter-3,
//   #chapter-3-learning-goals), so the PDF never points at the server that printed it;
// - a link to a page of the site that is not in the book becomes an absolute link to the site;
// - every <details> is open: paper cannot be clicked.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';

export interface PrintChapterRef {
  /** The chapter's anchor in the document, e.g. "chapter-3". */
  anchor: string;
  /** The chapter's page on the site, e.g. "/stage-1-foundation/engineer-first/". */
  href: string;
}

/** Marks the element whose descendants belong to a chapter: <div data-print-content="chapter-3">. */
export const contentAttribute = 'data-print-content';
const contentProperty = 'dataPrintContent';

/** Attributes that hold one or more id references, as hast names them. */
const idListProperties = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'ariaActiveDescendant', 'htmlFor', 'headers', 'list', 'form'];

const normalisePath = (path: string): string => (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`);

function* elements(node: Nodes, chapter: string | undefined): Generator<[Element, string | undefined]> {
  if (node.type !== 'root' && node.type !== 'element') return;
  let inside = chapter;
  if (node.type === 'element') {
    const marker = node.properties[contentProperty];
    if (typeof marker === 'string') inside = marker;
    yield [node, chapter];
  }
  for (const child of node.children) yield* elements(child as Nodes, inside);
}

export function localiseBook(html: string, chapters: PrintChapterRef[], siteUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  localiseTree(tree, chapters, siteUrl);
  return toHtml(tree);
}

/** localiseBook on a parsed tree, changed in place (for callers that transform the tree further). */
export function localiseTree(tree: Root, chapters: PrintChapterRef[], siteUrl: string): void {
  const site = new URL(siteUrl);
  const byPath = new Map(chapters.map((chapter) => [normalisePath(chapter.href), chapter]));
  const hrefOf = new Map(chapters.map((chapter) => [chapter.anchor, chapter.href]));
  const documentIds = new Set<string>();
  const idsIn = new Map<string, Set<string>>(chapters.map((chapter) => [chapter.anchor, new Set()]));
  const all = [...elements(tree, undefined)];

  // Pass 1: collect the ids outside chapters, then prefix the ids inside them.
  for (const [element, chapter] of all) {
    const id = element.properties.id;
    if (typeof id === 'string' && !chapter) documentIds.add(id);
  }
  for (const [element, chapter] of all) {
    const id = element.properties.id;
    if (typeof id !== 'string' || !chapter) continue;
    const prefixed = `${chapter}-${id}`;
    const ids = idsIn.get(chapter);
    if (!ids) throw new Error(`print-book: content marked ${contentAttribute}="${chapter}" is not a chapter of the book.`);
    if (documentIds.has(prefixed) || ids.has(id)) {
      throw new Error(`print-book: the id "${id}" in ${hrefOf.get(chapter)} becomes "${prefixed}", which is already taken; rename the heading or element.`);
    }
    ids.add(id);
    element.properties.id = prefixed;
  }

  const local = (chapter: string | undefined, id: string): string | undefined => (chapter && idsIn.get(chapter)?.has(id) ? `${chapter}-${id}` : undefined);
  const fragmentIn = (chapter: string | undefined, hash: string): string | undefined => {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    return id ? local(chapter, id) : undefined;
  };

  // Pass 2: follow the renamed ids, and turn site links into links within the document.
  for (const [element, chapter] of all) {
    if (element.tagName === 'details') element.properties.open = true;
    for (const property of idListProperties) {
      const value = element.properties[property];
      const tokens = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : undefined;
      if (tokens) element.properties[property] = tokens.map((token) => local(chapter, token) ?? token).join(' ');
    }
    for (const [property, value] of Object.entries(element.properties)) {
      if (typeof value === 'string' && value.includes('url(#')) {
        element.properties[property] = value.replace(/url\(#([^)]+)\)/g, (whole, id: string) => (local(chapter, id) ? `url(#${local(chapter, id)})` : whole));
      }
    }
    const href = element.properties.href;
    if (typeof href !== 'string' || href === '') continue;
    if (href.startsWith('#')) {
      const target = fragmentIn(chapter, href);
      if (target) element.properties.href = `#${target}`;
      continue;
    }
    if (element.tagName !== 'a') continue; // stylesheets and scripts keep their URLs
    const base = new URL(chapter ? (hrefOf.get(chapter) ?? '/') : '/print-book/', site);
    const url = new URL(href, base);
    if (url.origin !== site.origin) continue; // external: printed with its URL
    const target = byPath.get(normalisePath(url.pathname));
    if (target) element.properties.href = `#${fragmentIn(target.anchor, url.hash) ?? target.anchor}`;
    else element.properties.href = url.href; // a page of the site that is not in the book
  }
}
