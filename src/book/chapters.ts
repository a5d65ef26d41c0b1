import { getCollection, type CollectionEntry } from 'astro:content';
import { sections } from './sections.ts';

export type Chapter = CollectionEntry<'docs'>;

const order = (entry: Chapter): number => entry.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;

/** A section's overview page (overview.mdx): listed in the sidebar, not counted as a chapter. */
export const isOverview = (entry: Chapter): boolean => entry.id.endsWith('/overview');

/** The pages of one section folder, in sidebar order. */
export async function chaptersIn(dir: string): Promise<Chapter[]> {
  const entries = await getCollection('docs', (entry) => entry.id.startsWith(`${dir}/`));
  return entries.sort((a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title));
}

/** Every chapter of the book, in sidebar order. */
export async function allChapters(): Promise<Chapter[]> {
  const bySection = await Promise.all(sections.map((section) => chaptersIn(section.dir)));
  return bySection.flat();
}

export const chapterHref = (entry: Chapter): string => `/${entry.id}/`;
