import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sections } from './sections.ts';
import { isChapterFile, sectionHasChapters } from './sidebar.ts';

// Read from the files rather than the content collection: Astro's config needs these before the collection exists.
const sidebarOrder = (file: string): number => Number(/^\s+order:\s*(\d+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? Number.MAX_SAFE_INTEGER);

/** The first page of each section folder, in sidebar order: what a reader trimming a chapter's URL to its folder wants. */
export function sectionRedirects(docsDir: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const { dir } of sections.filter((section) => sectionHasChapters(docsDir, section.dir))) {
    const pages = readdirSync(join(docsDir, dir))
      .filter(isChapterFile)
      .map((name) => ({ slug: name.replace(/\.mdx?$/, ''), order: sidebarOrder(join(docsDir, dir, name)) }))
      .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
    const first = pages[0];
    if (first) redirects[`/${dir}/`] = `/${dir}/${first.slug}/`;
  }
  return redirects;
}
