// `npm run bench`: prints a table of the book's speed and size figures and
// writes them as JSON to bench/results.json. Figures are medians or byte counts;
// nothing here is asserted in a test.
// `npm run bench -- lighthouse search` measures only the parts named, against the dist/ there is.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { serveStatic } from './lib/static-server.ts';
import { measureBuildTime } from './bench/build-time.ts';
import { measurePageWeights } from './bench/page-weight.ts';
import { measureFallback, measureWorkbench } from './bench/workbench.ts';
import { measureLanguageService } from './bench/language-service.ts';
import { labPages } from './lib/lab-pages.ts';
import { measureSearch } from './bench/search.ts';
import { measureRuntime } from './bench/runtime.ts';
import { measurePdf } from './bench/pdf.ts';
import { serveStarlightDefault, starlightDefaultChapterJs, type StarlightDefaultSite } from './bench/starlight-baseline.ts';
import { lighthouseFigures } from './bench/lighthouse-figures.ts';
import { budgetVerdict, formatValue } from './bench/figures.ts';
import type { BenchFigure } from './bench/types.ts';

/** What a chapter page may add to Starlight's default JS: the progress ticks and the chapter's done toggle. */
const progressAllowance = 2048;

const parts = ['build', 'pdf', 'weight', 'search', 'workbench', 'runtime', 'lighthouse'] as const;
type Part = (typeof parts)[number];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(parts as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`bench: no part called ${unknown.join(', ')}. Parts: ${parts.join(', ')} (none named: all of them).`);
  process.exit(1);
}
const runs = (part: Part): boolean => asked.length === 0 || asked.includes(part);
if (!runs('build') && !existsSync('dist')) {
  console.error('bench: there is no dist/ to measure. Run `npm run build` first, or `npm run bench` with no parts named.');
  process.exit(1);
}

const figures: BenchFigure[] = [];
if (runs('build')) {
  console.log('Measuring build time…');
  figures.push(...measureBuildTime(3));
}
if (runs('pdf')) {
  console.log('Measuring the PDF export…');
  figures.push(...measurePdf());
}

const server = await serveStatic({ root: 'dist', port: 0 });
let starlight: StarlightDefaultSite | undefined;
const starlightSite = async (): Promise<StarlightDefaultSite> => {
  if (!starlight) console.log('Building a default Starlight site, the baseline for a chapter page…');
  return (starlight ??= await serveStarlightDefault());
};
try {
  const context = { baseUrl: server.url };
  if (runs('weight')) {
    console.log('Measuring page weight…');
    const weights = await measurePageWeights(context, { 'home page': '/', 'chapter page': '/start-here/what-an-ai-engineer-is/' });
    const baseline = await starlightDefaultChapterJs(await starlightSite());
    // Starlight's default plus the progress ticks every chapter needs (DESIGN.md §7 says "the default"; see the README).
    for (const figure of weights) if (figure.name === 'chapter page: JS gzip') figure.budget = baseline + progressAllowance;
    figures.push(...weights, { name: 'default Starlight chapter page: JS gzip', value: baseline, unit: 'bytes' });
  }
  if (runs('search')) {
    console.log('Measuring search…');
    figures.push(...(await measureSearch(context)));
  }
  const slug = 'streaming-client';
  const labPage = labPages()[slug];
  if (labPage && runs('workbench')) {
    console.log('Measuring the workbench…');
    figures.push(...(await measureWorkbench(context, slug, labPage)));
    console.log('Measuring the fallback when WebContainer cannot boot…');
    figures.push(...(await measureFallback(context, slug, labPage)));
  }
  // The language service on a lab that imports both the kit and the AI SDK (streaming-client imports neither).
  const typedSlug = 'cost-curve';
  const typedPage = labPages()[typedSlug];
  if (typedPage && runs('workbench')) {
    console.log('Measuring the editor’s language service…');
    figures.push(...(await measureLanguageService(context, typedSlug, typedPage)));
  }
  if (runs('runtime')) {
    console.log('Measuring the in-page runtime on the kit and on PGlite…');
    figures.push(...(await measureRuntime(context, server.server, labPages())));
  }
  if (runs('lighthouse')) {
    const site = await starlightSite();
    console.log('Measuring with Lighthouse (mobile), 3 runs of each page…');
    figures.push(...(await lighthouseFigures(context, site)));
  }
} finally {
  await server.close();
  await starlight?.close();
}

const width = Math.max(...figures.map((figure) => figure.name.length));
console.log(`\n${'measure'.padEnd(width)} | value${' '.repeat(20)} | budget`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(25)}-|-------`);
for (const figure of figures) console.log(`${figure.name.padEnd(width)} | ${formatValue(figure).padEnd(25)} | ${budgetVerdict(figure)}`);
const [load = 0] = loadavg();
console.log(
  `\nTimes are medians on this machine as it is now (load average ${load.toFixed(1)} over the last minute): ` +
    'on a loaded machine they vary from run to run, so compare figures measured in the same run, and ratios, rather than absolute times.',
);
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', JSON.stringify({ date: new Date().toISOString(), parts: asked.length > 0 ? asked : [...parts], loadAverage: load, figures }, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
