// After the build: writes the site's Content-Security-Policy into every page
// (see content-security-policy.ts). One policy for all pages, from the inline
// scripts of all pages, so a page's policy never depends on which page made it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files.ts';
import { inlineScripts, pagePolicy, withPolicy } from './content-security-policy.ts';

/** Writes the policy into every HTML file under `dir`; returns the policy. */
export function applyPolicy(dir: string): string {
  const pages = htmlFiles(dir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const policy = pagePolicy(pages.flatMap(({ html }) => inlineScripts(html)));
  for (const { file, html } of pages) writeFileSync(file, withPolicy(html, policy));
  return policy;
}

export const contentSecurityPolicy = (): AstroIntegration => ({
  name: 'ai-roadmap:content-security-policy',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const policy = applyPolicy(fileURLToPath(dir));
      logger.info(`Content-Security-Policy written into every page (${policy.length} characters).`);
    },
  },
});
