// The PDF export run behind `npm start`: a child process at low priority, so that the
// reader's browser stays quick, whose output is shown only if it fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { findChromium } from './chromium.ts';
import { buildReason } from './pdf-build-needed.ts';
import { pdfPath } from './pdf-paths.ts';
import type { PdfWhileServing } from './pdf-while-serving.ts';

/** Why the PDF must be made, or undefined when dist/ holds one newer than every source of the book. */
export function pdfMakeReason(root = '.', file = pdfPath): string | undefined {
  if (!existsSync(`${root}/${file}`)) return 'there is none yet';
  return buildReason(root, file) ? 'the book changed since it was made' : undefined;
}

/** Runs `npm run pdf --no-build` as a child; rejects with the end of its output when it fails. */
function exportPdf(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/export-pdf.ts', '--no-build'], { stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) {
      try {
        setPriority(child.pid, 10); // Chromium, started by the child, inherits it.
      } catch {
        // Not allowed here: it runs at normal priority.
      }
    }
    const stop = () => child.kill();
    process.once('exit', stop);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('exit', stop);
      if (code === 0) resolve();
      else reject(new Error(`the export ended with exit code ${code}:\n${output.trim().split('\n').slice(-15).join('\n')}`));
    });
  });
}

const chromiumFound = (): boolean => {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
};

export interface BackgroundOptions {
  /** Why it must be made; undefined when it is up to date. */
  reason?: string | undefined;
  hasChromium?: () => boolean;
  run?: () => Promise<void>;
  log?: (line: string) => void;
}

/** Makes the PDF behind the running server when it is missing or stale; its address says how it is going. */
export async function makePdfInBackground(pdf: PdfWhileServing, pdfUrl: string, options: BackgroundOptions = { reason: pdfMakeReason() }): Promise<void> {
  const { reason, hasChromium = chromiumFound, run = exportPdf, log = console.log } = options;
  if (!reason) {
    log(`The PDF is up to date: ${pdfUrl}`);
    return;
  }
  if (!hasChromium()) {
    pdf.cannotMake();
    log(
      'No Chromium on this machine, so the PDF is not made (its link says so). To make it, install one ' +
        '(npx playwright install chromium, or on Debian and Ubuntu: sudo apt-get install -y chromium), then run: npm run pdf',
    );
    return;
  }
  log(`Making the PDF in the background (${reason}); until it is ready, ${pdfUrl} says it is being made.`);
  const state = await pdf.make(run);
  if (state.kind === 'made') log(`✔ The PDF is ready (${state.seconds.toFixed(0)} s): ${pdfUrl}`);
  else if (state.kind === 'failed') log(`✖ The PDF could not be made; the site is still served. ${state.reason}\nTry again with: npm run pdf`);
}
