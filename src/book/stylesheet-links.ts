// After the build: every page links each stylesheet once, from its <head>.
// Content rendered several times on one page (the print route renders every chapter) repeats
// the stylesheet links of its components: KaTeX's in the head, Expressive Code's in the body.
// Chromium treats each repeat as a new stylesheet. One met in the body while an 8 MB page is
// still being parsed restyles and relays out all of it, and each repeat of an @font-face rule
// loads its font again; printing the book took minutes and the PDF embedded fonts many times.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files.ts';

const stylesheetLink = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/** The page with each stylesheet linked once, at the end of its head, in the order first met. */
export function oneLinkPerStylesheet(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const hrefs = [...html.matchAll(stylesheetLink)].map((match) => match[1]!);
  const unique = [...new Set(hrefs)];
  const bodyLinks = [...html.slice(headEnd).matchAll(stylesheetLink)].length;
  if (unique.length === hrefs.length && bodyLinks === 0) return html;
  const links = unique.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  const head = html.slice(0, headEnd).replace(stylesheetLink, '');
  return head + links + html.slice(headEnd).replace(stylesheetLink, '');
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
