import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every page path listed in the built sitemap, e.g. ['/', '/start-here/what-an-ai-engineer-is/']. */
export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error(`No sitemap-*.xml in ${dist}/: build the site first (npm run build).`);
  const urls = files.flatMap((name) => [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
  return urls.map((url) => new URL(url).pathname);
}
