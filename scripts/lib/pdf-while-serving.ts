// `npm start` serves the site at once and makes the PDF behind it. Until the file exists,
// the PDF's address answers with a short page that says what is happening: being made
// (503 with Retry-After, and the page reloads itself), failed, or cannot be made here.
import { existsSync } from 'node:fs';
import { pdfHref } from '../../src/book/meta.ts';
import type { Answer } from './static-server.ts';

export type PdfState =
  | { kind: 'not-made' }
  | { kind: 'making'; started: number }
  | { kind: 'made'; seconds: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'no-chromium' };

/** Seconds a browser should wait before asking again while the PDF is being made. */
export const retryAfterSeconds = 20;

const installChromium = 'install one (<code>npx playwright install chromium</code>, or on Debian and Ubuntu <code>sudo apt-get install -y chromium</code>), then run <code>npm run pdf</code>';

function page(title: string, text: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${extraHead}<title>${title} | AI Engineer Roadmap</title>
<style>body{font:1.1rem/1.6 system-ui,sans-serif;max-width:38rem;margin:4rem auto;padding:0 1rem}code{font-size:.95em}</style></head>
<body><main><h1>${title}</h1><p>${text}</p><p><a href="/">Back to the book</a></p></main></body>
</html>
`;
}

/** What the PDF's address answers before the file exists; undefined once it does (the file is served). */
export function pdfAnswer(state: PdfState, fileExists: boolean): Answer | undefined {
  if (state.kind === 'making') {
    return {
      status: 503,
      headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' },
      body: page(
        'The PDF is being made',
        `The server is printing the whole book into one PDF; that takes a minute or two. This page reloads itself every ${retryAfterSeconds} seconds, and the PDF opens as soon as it is ready.`,
        `<meta http-equiv="refresh" content="${retryAfterSeconds}">`,
      ),
    };
  }
  if (fileExists) return undefined;
  const notMade = (status: number, title: string, text: string): Answer => ({ status, headers: { 'Cache-Control': 'no-store' }, body: page(title, text) });
  if (state.kind === 'failed') return notMade(500, 'The PDF could not be made', `Making it failed: ${escapeHtml(state.reason)}. The terminal that runs <code>npm start</code> shows why; <code>npm run pdf</code> tries again.`);
  if (state.kind === 'no-chromium') return notMade(404, 'The PDF is not made on this machine', `Printing the book needs a Chromium, and this machine has none. To make the PDF, ${installChromium}.`);
  return notMade(404, 'The PDF is not made yet', `This copy of the site has no PDF. Run <code>npm run pdf</code> to make it (it needs a Chromium), or <code>npm start</code>, which makes it in the background.`);
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

export interface PdfMakerOptions {
  /** The PDF on disk, e.g. dist/ai-engineer-roadmap.pdf. */
  file: string;
  /** Where the site links to it. */
  href?: string;
  now?: () => number;
}

/** Tracks the PDF while the server runs, and answers its address until the file is there. */
export class PdfWhileServing {
  state: PdfState = { kind: 'not-made' };
  private readonly file: string;
  private readonly href: string;
  private readonly now: () => number;

  constructor({ file, href = pdfHref, now = () => performance.now() }: PdfMakerOptions) {
    this.file = file;
    this.href = href;
    this.now = now;
  }

  /** For serveStatic's `answer` option. */
  readonly answer = (urlPath: string): Answer | undefined => (urlPath === this.href ? pdfAnswer(this.state, existsSync(this.file)) : undefined);

  /** No Chromium to print with: the address says how to get one. */
  cannotMake(): void {
    this.state = { kind: 'no-chromium' };
  }

  /** Runs `exportPdf` (which writes the file) and records how it ended. */
  async make(exportPdf: () => Promise<void>): Promise<PdfState> {
    const started = this.now();
    this.state = { kind: 'making', started };
    try {
      await exportPdf();
      this.state = { kind: 'made', seconds: (this.now() - started) / 1000 };
    } catch (error) {
      this.state = { kind: 'failed', reason: (error as Error).message };
    }
    return this.state;
  }
}
