// The sidebar's list as compact HTML: the same entries, groups and current page as
// Starlight's own sidebar, without a scoped class on every element or an SVG caret in
// every group (src/styles/sidebar.css draws the caret). The sidebar is on every page,
// so its weight grows with the book.
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { escapeAttribute, escapeText } from '../html-escape.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

/** True when the group holds the current page, at any depth. */
export function holdsCurrent(group: SidebarGroup): boolean {
  return group.entries.some((entry) => (entry.type === 'link' ? entry.isCurrent : holdsCurrent(entry)));
}

/**
 * The sidebar's `<ul>`. Each group is a `<details>`, open when it holds the current page or is
 * not collapsed, whose first child after its summary is Starlight's `<sl-sidebar-restore>`,
 * numbered in document order as Starlight numbers them, so that its sidebar-state script
 * still reopens and closes the groups a reader left open or closed.
 */
export function sidebarHtml(entries: readonly SidebarEntry[]): string {
  let groupIndex = 0;
  const list = (items: readonly SidebarEntry[], nested: boolean): string =>
    `<ul${nested ? '' : ' class="top-level"'}>${items.map((entry) => `<li>${item(entry, nested)}</li>`).join('')}</ul>`;
  const item = (entry: SidebarEntry, nested: boolean): string => {
    if (entry.badge || (entry.type === 'link' && Object.keys(entry.attrs).length > 0)) {
      throw new Error(`Sidebar entry "${entry.label}": the book's sidebar draws no badges or link attributes.`);
    }
    if (entry.type === 'link') {
      const current = entry.isCurrent ? ' aria-current="page"' : '';
      return `<a href="${escapeAttribute(entry.href)}"${current}${nested ? '' : ' class="large"'}>${escapeText(entry.label)}</a>`;
    }
    const open = holdsCurrent(entry) || !entry.collapsed ? ' open' : '';
    const restorePoint = `<sl-sidebar-restore data-index="${groupIndex++}"></sl-sidebar-restore>`;
    return `<details${open}><summary>${escapeText(entry.label)}</summary>${restorePoint}${list(entry.entries, true)}</details>`;
  };
  return list(entries, false);
}
