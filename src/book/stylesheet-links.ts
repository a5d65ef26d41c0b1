// After the build: every page links each stylesheet once, from its <head>.
// Content rendered several times on one page (the print route renders every chapter) repeats
// the stylesheet links of its components: KaTeX's in the head, Expressive Code's in the body.
// Chromium treats each repeat as a new stylesheet. One met in the body while an 8 MB page is
// still being parsed restyles and relays out all of it, and so does each font it then loads:
// the print route took minutes to lay out.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files.ts';

const stylesheetLink = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/**
 * The page with each stylesheet linked once: a link in the head stays where it is (the cascade
 * depends on its place among the head's <style> elements), a repeat is dropped, and a link met
 * first in the body moves to the end of the head, after everything it used to follow.
 */
export function oneLinkPerStylesheet(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const seen = new Set<string>();
  const firstOnly = (link: string, href: string) => (seen.has(href) ? '' : (seen.add(href), link));
  const head = html.slice(0, headEnd).replace(stylesheetLink, firstOnly);
  const inHead = new Set(seen);
  const body = html.slice(headEnd).replace(stylesheetLink, (_link, href: string) => (seen.add(href), ''));
  const moved = [...seen].filter((href) => !inHead.has(href)).map((href) => `<link rel="stylesheet" href="${href}">`);
  return head + moved.join('') + body;
}

export const stylesheetsOnce = (): AstroIntegration => ({
  name: 'ai-roadmap:stylesheets-once',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      let changed = 0;
      for (const file of htmlFiles(fileURLToPath(dir))) {
        const html = readFileSync(file, 'utf8');
        const fixed = oneLinkPerStylesheet(html);
        if (fixed !== html) (writeFileSync(file, fixed), changed++);
      }
      logger.info(`Each stylesheet linked once, from the head, in ${changed} pages.`);
    },
  },
});
