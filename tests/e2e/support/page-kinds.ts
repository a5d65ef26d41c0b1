// The fewest pages that, between them, show every kind of element the site's pages are built from.
// Every page is a Starlight page around its content; what differs between pages is which building
// blocks the content uses (a lab, a figure, maths, a picker, an aside, a table …). A page's kinds are
// the element names, class names and ARIA/data attribute names in its <body>; the pages are chosen
// greedily, each adding the most kinds not yet covered, until every kind is, plus the first page of each
// section, since the sidebar and the pagination differ by section.
import { walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';

/** Class names generated per component (Astro's scoping hashes): they name no kind of element. */
const generated = /^astro-[a-z0-9]+$/i;

export function kindsOf(tree: Node): Set<string> {
  const kinds = new Set<string>();
  let body: Node | undefined;
  walkSync(tree, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    if (node.name === 'body') body = node;
  });
  walkSync(body ?? tree, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    kinds.add(`<${node.name}>`);
    for (const [name, value] of Object.entries(node.attributes as Record<string, string>)) {
      if (name === 'class') for (const token of value.split(/\s+/)) if (token && !generated.test(token)) kinds.add(`.${token}`);
      if (name === 'role' || name.startsWith('aria-') || name.startsWith('data-')) kinds.add(`[${name}]`);
      if (name === 'role') kinds.add(`[role=${value}]`);
    }
  });
  return kinds;
}

/** The first path segment: '/stage-1-foundation/tokens/' → 'stage-1-foundation'. */
const sectionOf = (path: string): string => path.split('/').filter(Boolean)[0] ?? '';

/** Pages (in the order given) that together cover every kind, with each section's first page. */
export function coveringPages(pages: Array<{ path: string; kinds: Set<string> }>): string[] {
  const chosen = new Set<string>();
  const sections = new Set<string>();
  for (const { path } of pages) if (!sections.has(sectionOf(path))) (sections.add(sectionOf(path)), chosen.add(path));
  const covered = new Set(pages.filter(({ path }) => chosen.has(path)).flatMap(({ kinds }) => [...kinds]));
  for (;;) {
    let best: { path: string; kinds: Set<string> } | undefined;
    let bestGain = 0;
    for (const page of pages) {
      const gain = [...page.kinds].filter((kind) => !covered.has(kind)).length;
      if (gain > bestGain) (best = page), (bestGain = gain);
    }
    if (!best) return pages.map(({ path }) => path).filter((path) => chosen.has(path));
    chosen.add(best.path);
    for (const kind of best.kinds) covered.add(kind);
  }
}
