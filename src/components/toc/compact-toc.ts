// Starlight's tables of contents (the one beside the page and the phone's), with their lists
// drawn compactly: Starlight's list repeats a scoped class and a style="--depth: n" on every
// item, link and label. Each list keeps its --depth, which its items inherit, and
// src/styles/toc.css styles them as Starlight does. All else is Starlight's, scripts included.
import { parse, renderSync, walkSync, ELEMENT_NODE, type ElementNode, type Node } from 'ultrahtml';

const scopedClass = /^astro-[a-z0-9]+$/;

const withoutScopedClass = (element: ElementNode): void => {
  const kept = (element.attributes['class'] ?? '').split(/\s+/).filter((name) => name && !scopedClass.test(name));
  if (kept.length > 0) element.attributes['class'] = kept.join(' ');
  else delete element.attributes['class'];
};

function compactList(list: ElementNode): void {
  withoutScopedClass(list);
  walkSync(list, (node: Node) => {
    if (node.type !== ELEMENT_NODE || node === list) return;
    const element = node as ElementNode;
    if (element.name === 'ul') return withoutScopedClass(element);
    delete element.attributes['class'];
    delete element.attributes['style'];
    if (element.name !== 'a') return;
    // The link's text sits in a <span> of its own; the link holds the text itself.
    element.children = element.children.flatMap((child: Node) =>
      child.type === ELEMENT_NODE && (child as ElementNode).name === 'span' ? (child as ElementNode).children : [child],
    );
  });
}

/** Compacts each outermost list under `node`; the lists inside one are compacted with it. */
function compactOutermostLists(node: Node): void {
  if (node.type === ELEMENT_NODE && (node as ElementNode).name === 'ul') return compactList(node as ElementNode);
  for (const child of (node.children ?? []) as Node[]) compactOutermostLists(child);
}

/** The table of contents' HTML with each list (and the lists inside it) compacted. */
export function compactTocLists(html: string): string {
  const tree = parse(html);
  compactOutermostLists(tree);
  return renderSync(tree);
}
