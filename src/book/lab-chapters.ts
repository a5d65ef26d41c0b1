import { allChapters, chapterHref } from './chapters.ts';

/** Which chapter page embeds each lab: { 'cost-curve': '/stage-1-foundation/cost-curve/' }. */
export async function labChapters(): Promise<Record<string, string>> {
  const map: Record<string, string> = {};
  for (const chapter of await allChapters()) {
    for (const match of chapter.body?.matchAll(/<Lab\s+slug="([^"]+)"/g) ?? []) map[match[1] ?? ''] ??= chapterHref(chapter);
  }
  return map;
}
