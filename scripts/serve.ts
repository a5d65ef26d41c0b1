// Serves the built site with the cross-origin isolation headers.
// Usage: node scripts/serve.ts [--port 4321] [--root dist] [--no-isolation] [--pdf]
// --pdf (what `npm start` passes): when the PDF is missing or older than the book's sources,
// make it in the background while the site is already being served.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';
import { PdfWhileServing } from './lib/pdf-while-serving.ts';
import { makePdfInBackground } from './lib/pdf-in-background.ts';
import { pdfHref } from '../src/book/meta.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    root: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-isolation': { type: 'boolean', default: false },
    pdf: { type: 'boolean', default: false },
  },
});

if (!existsSync(values.root)) {
  console.error(`Nothing to serve: ${values.root}/ does not exist. Run \`npm run build\` first (or \`npm start\`).`);
  process.exit(1);
}

const pdf = new PdfWhileServing({ file: join(values.root, pdfHref) });
const { url } = await serveStatic({
  root: values.root,
  port: Number(values.port),
  host: values.host,
  isolate: !values['no-isolation'],
  answer: pdf.answer,
});
console.log(`AI Engineer Roadmap is being served at ${url}/ (Ctrl+C to stop)`);
if (values.pdf) await makePdfInBackground(pdf, `${url}${pdfHref}`);
