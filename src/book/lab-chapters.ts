import type { Chapter } from './chapters.ts';

const fence = /^\s*(`{3,}|~{3,})/;

/** A chapter's Markdown with fenced code blocks and inline code removed: examples of `<Lab slug="…" />` are not embeds. */
export function withoutCode(body: string): string {
  const kept: string[] = [];
  let open: string | undefined;
  for (const line of body.split('\n')) {
    const marker = fence.exec(line)?.[1];
    if (open) {
      // A fence closes on a line of the same character, at least as long, and nothing else.
      if (marker && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = undefined;
      continue;
    }
    if (marker) {
      open = marker;
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n').replace(/(`+)[\s\S]*?\1/g, '');
}

/** The lab slugs a chapter embeds with `<Lab slug="…" />`, in order, outside code. */
export function labSlugsIn(body: string): string[] {
  const tag = /<Lab\s[^>]*?\bslug=(?:"([^"]+)"|'([^']+)'|\{\s*["']([^"']+)["']\s*\})/g;
  return [...withoutCode(body).matchAll(tag)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** Which chapter page embeds each lab: { 'cost-curve': '/stage-1-foundation/cost-curve/' }. */
export async function labChapters(): Promise<Record<string, string>> {
  // Imported here so that labSlugsIn stays usable outside Astro (astro:content exists only in a build).
  const { allChapters, chapterHref } = await import('./chapters.ts');
  const map: Record<string, string> = {};
  for (const chapter of (await allChapters()) as Chapter[]) {
    for (const slug of labSlugsIn(chapter.body ?? '')) map[slug] ??= chapterHref(chapter);
  }
  return map;
}
