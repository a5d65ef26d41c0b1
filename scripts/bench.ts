// `npm run bench`: prints a table of the book's speed and size figures and
// writes them as JSON to bench/results.json. Figures are medians or byte counts;
// nothing here is asserted in a test.
import { mkdir, writeFile } from 'node:fs/promises';
import { serveStatic } from './lib/static-server.ts';
import { measureBuildTime } from './bench/build-time.ts';
import { measurePageWeights } from './bench/page-weight.ts';
import { measureFallback, measureWorkbench } from './bench/workbench.ts';
import { labPages } from './lib/lab-pages.ts';
import { measureSearch } from './bench/search.ts';
import { measureRuntime } from './bench/runtime.ts';
import { measurePdf } from './bench/pdf.ts';
import { starlightDefaultChapterJs } from './bench/starlight-baseline.ts';
import type { BenchFigure } from './bench/types.ts';

/** What a chapter page may add to Starlight's default JS: the progress ticks and the chapter's done toggle. */
const progressAllowance = 2048;

const figures: BenchFigure[] = [];
console.log('Measuring build time…');
figures.push(...measureBuildTime(3));

console.log('Measuring the PDF export…');
figures.push(...measurePdf());

const server = await serveStatic({ root: 'dist', port: 0 });
try {
  const context = { baseUrl: server.url };
  console.log('Measuring page weight…');
  const weights = await measurePageWeights(context, { 'home page': '/', 'chapter page': '/start-here/what-an-ai-engineer-is/' });
  console.log('Measuring a default Starlight chapter page, the budget for ours…');
  const baseline = await starlightDefaultChapterJs();
  // Starlight's default plus the progress ticks every chapter needs (DESIGN.md §7 says "the default"; see the README).
  for (const figure of weights) if (figure.name === 'chapter page: JS gzip') figure.budget = baseline + progressAllowance;
  figures.push(...weights, { name: 'default Starlight chapter page: JS gzip', value: baseline, unit: 'bytes' });
  console.log('Measuring search…');
  figures.push(...(await measureSearch(context)));
  const slug = 'streaming-client';
  const labPage = labPages()[slug];
  if (labPage) {
    console.log('Measuring the workbench…');
    figures.push(...(await measureWorkbench(context, slug, labPage)));
    console.log('Measuring the fallback when WebContainer cannot boot…');
    figures.push(...(await measureFallback(context, slug, labPage)));
  }
  console.log('Measuring the in-page runtime on the kit and on PGlite…');
  figures.push(...(await measureRuntime(context, server.server, labPages())));
} finally {
  await server.close();
}

const format = (figure: BenchFigure): string =>
  figure.unit === 'bytes' ? `${figure.value.toLocaleString('en')} B (${(figure.value / 1024).toFixed(1)} KB)` : `${figure.value} ${figure.unit}`;
const width = Math.max(...figures.map((figure) => figure.name.length));
console.log(`\n${'measure'.padEnd(width)} | value${' '.repeat(20)} | budget`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(25)}-|-------`);
for (const figure of figures) {
  const budget = figure.budget === undefined ? '' : `≤ ${format({ ...figure, value: figure.budget })}${figure.value <= figure.budget ? '' : '  OVER BUDGET'}`;
  console.log(`${figure.name.padEnd(width)} | ${format(figure).padEnd(25)} | ${budget}`);
}
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', JSON.stringify({ date: new Date().toISOString(), figures }, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
