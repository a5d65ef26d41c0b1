// The bench's baseline: a default Starlight site (bench/starlight-default/), built
// at bench time with the installed Astro and Starlight into a temporary folder and
// served by the project's own server, as dist/ is. Its /guide/ page is the budget
// for a chapter page's JS (DESIGN.md §7); its /chapter/, about a chapter's length,
// is what Lighthouse and DOMContentLoaded compare a chapter page with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';
import { pageWeight } from './page-weight.ts';

/** Inside the repository, so that astro and Starlight resolve from its node_modules. */
export const starlightDefaultRoot = join('bench', 'starlight-default');
/** Like the chapter the bench weighs for JS: headings, a list, a link, no code block. */
export const starlightShortPage = '/guide/';
/** About a chapter's length, with a table and code blocks. */
export const starlightChapterPage = '/chapter/';

export interface StarlightDefaultSite {
  baseUrl: string;
  close(): Promise<void>;
}

/** Builds and serves the default Starlight site; close() stops the server and removes the build. */
export async function serveStarlightDefault(): Promise<StarlightDefaultSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
  const build = spawnSync('npx', ['astro', 'build', '--root', starlightDefaultRoot, '--outDir', outDir], { encoding: 'utf8' });
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`bench: the default Starlight site (${starlightDefaultRoot}) did not build:\n${build.stdout}${build.stderr}`);
  }
  let server: RunningServer;
  try {
    server = await serveStatic({ root: outDir, port: 0 });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl: server.url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** JS gzip bytes of a short chapter-like page on the default Starlight site. */
export async function starlightDefaultChapterJs(site: StarlightDefaultSite): Promise<number> {
  return (await pageWeight(site.baseUrl, starlightShortPage)).jsGzip;
}
