// The budget for a chapter page's JS is "no more than Starlight's default"
// (DESIGN.md §7). This builds a bare Starlight site with the installed version,
// one page with headings, a list and a link, like the chapter the bench weighs
// (which has no code block, so neither has this one), and weighs that page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serveStatic } from '../lib/static-server.ts';
import { pageWeight } from './page-weight.ts';

const fixtureFiles: Record<string, string> = {
  // The dependencies are listed so that Astro bundles Starlight for the build, as it does in a real project.
  'package.json': JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Baseline' })] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  'src/content/docs/index.md': '---\ntitle: Home\n---\n\nA home page.\n',
  'src/content/docs/guide.md': `---
title: A chapter
---

## Learning goals

- one goal

## A section

Some prose with a [link](/).
`,
};

/** JS gzip bytes of a chapter page on a default Starlight site, built with the installed version. */
export async function starlightDefaultChapterJs(repoRoot = process.cwd()): Promise<number> {
  // Inside the repository, so that astro and Starlight resolve from its node_modules.
  const root = join(repoRoot, '.cache', 'bench-starlight');
  rmSync(root, { recursive: true, force: true });
  for (const [path, content] of Object.entries(fixtureFiles)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const build = spawnSync('astro', ['build', '--root', root], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`bench: the bare Starlight site did not build:\n${build.stdout}${build.stderr}`);
  const server = await serveStatic({ root: join(root, 'dist'), port: 0 });
  try {
    return (await pageWeight(server.url, '/guide/')).jsGzip;
  } finally {
    await server.close();
  }
}
