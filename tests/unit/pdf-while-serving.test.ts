// `npm start` serves the site at once and makes the PDF behind it: until the file exists,
// its address says what is happening instead of answering 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { PdfWhileServing, retryAfterSeconds } from '../../scripts/lib/pdf-while-serving.ts';
import { makePdfInBackground, pdfMakeReason } from '../../scripts/lib/pdf-in-background.ts';
import { pdfHref } from '../../src/book/meta.ts';

async function site() {
  const root = await mkdtemp(join(tmpdir(), 'serve-pdf-'));
  await writeFile(join(root, 'index.html'), '<h1>home</h1>');
  const pdf = new PdfWhileServing({ file: join(root, pdfHref) });
  const server = await serveStatic({ root, port: 0, answer: pdf.answer });
  return { root, pdf, server, get: (path = pdfHref) => fetch(`${server.url}${path}`) };
}

test('while the PDF is being made, its address answers 503 with Retry-After and a page that says so; then it serves the file', async () => {
  const { root, pdf, server, get } = await site();
  try {
    let finish!: () => void;
    const making = pdf.make(() => new Promise<void>((resolve) => (finish = resolve)));
    const waiting = await get();
    assert.equal(waiting.status, 503);
    assert.equal(waiting.headers.get('retry-after'), String(retryAfterSeconds));
    assert.equal(waiting.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(waiting.headers.get('cross-origin-embedder-policy'), 'require-corp', 'the page is sent with the same headers as the files');
    const page = await waiting.text();
    assert.match(page, /<title>The PDF is being made/);
    assert.match(page, new RegExp(`<meta http-equiv="refresh" content="${retryAfterSeconds}">`), 'the page asks again by itself');
    assert.equal((await get('/')).status, 200, 'the rest of the site is served meanwhile');
    assert.equal((await get(`${pdfHref}?v=1`)).status, 503, 'a query string does not get past it');

    await writeFile(join(root, pdfHref), '%PDF-1.7 the book');
    finish();
    assert.equal((await making).kind, 'made');
    const ready = await get();
    assert.equal(ready.status, 200);
    assert.equal(ready.headers.get('content-type'), 'application/pdf');
    assert.equal(await ready.text(), '%PDF-1.7 the book');
  } finally {
    await server.close();
  }
});

test('without a Chromium the address says how to get one and make the PDF', async () => {
  const { pdf, server, get } = await site();
  try {
    pdf.cannotMake();
    const response = await get();
    assert.equal(response.status, 404);
    const page = await response.text();
    assert.match(page, /needs a Chromium/);
    assert.match(page, /npx playwright install chromium/);
    assert.match(page, /npm run pdf/);
  } finally {
    await server.close();
  }
});

test('a failed export says so, with the reason escaped, and points to npm run pdf', async () => {
  const { pdf, server, get } = await site();
  try {
    assert.equal((await pdf.make(() => Promise.reject(new Error('Chromium crashed <oops>')))).kind, 'failed');
    const response = await get();
    assert.equal(response.status, 500);
    const page = await response.text();
    assert.match(page, /Chromium crashed &#60;oops&#62;/);
    assert.match(page, /npm run pdf/);
  } finally {
    await server.close();
  }
});

test('npm run serve on a site without a PDF says how to make one, rather than a bare 404', async () => {
  const { server, get } = await site();
  try {
    const response = await get();
    assert.equal(response.status, 404);
    assert.match(await response.text(), /Run <code>npm run pdf<\/code> to make it/);
  } finally {
    await server.close();
  }
});

test('the PDF is made when there is none, or when a source of the book changed after it', async () => {
  const root = await mkdtemp(join(tmpdir(), 'pdf-reason-'));
  await mkdir(join(root, 'dist'));
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'src', 'chapter.mdx'), 'text');
  assert.equal(pdfMakeReason(root), 'there is none yet');
  await writeFile(join(root, 'dist', pdfHref), '%PDF');
  const past = new Date(Date.now() - 60_000);
  await utimes(join(root, 'src', 'chapter.mdx'), past, past);
  assert.equal(pdfMakeReason(root), undefined);
  await writeFile(join(root, 'src', 'chapter.mdx'), 'new text');
  assert.equal(pdfMakeReason(root), 'the book changed since it was made');
});

test('npm start on a machine without Chromium serves the site and says, in the terminal and at the link, how to get the PDF', async () => {
  const { pdf, server, get } = await site();
  try {
    const lines: string[] = [];
    await makePdfInBackground(pdf, `${server.url}${pdfHref}`, { reason: 'there is none yet', hasChromium: () => false, run: () => assert.fail('no export without Chromium'), log: (line) => lines.push(line) });
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? '', /^No Chromium on this machine.*npx playwright install chromium.*npm run pdf$/);
    assert.match(await (await get()).text(), /needs a Chromium/);
  } finally {
    await server.close();
  }
});

test('npm start reports the PDF when it is made, and the reason when it fails, and leaves an up-to-date PDF alone', async () => {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const pdf = new PdfWhileServing({ file: '/nonexistent/book.pdf' });
  await makePdfInBackground(pdf, 'http://x/book.pdf', { reason: undefined, run: () => assert.fail('it is up to date'), log });
  await makePdfInBackground(pdf, 'http://x/book.pdf', { reason: 'there is none yet', hasChromium: () => true, run: async () => {}, log });
  await makePdfInBackground(pdf, 'http://x/book.pdf', { reason: 'there is none yet', hasChromium: () => true, run: () => Promise.reject(new Error('Chromium crashed')), log });
  assert.deepEqual(lines.map((line) => line.replace(/\(\d+ s\)/, '(N s)')), [
    'The PDF is up to date: http://x/book.pdf',
    'Making the PDF in the background (there is none yet); until it is ready, http://x/book.pdf says it is being made.',
    '✔ The PDF is ready (N s): http://x/book.pdf',
    'Making the PDF in the background (there is none yet); until it is ready, http://x/book.pdf says it is being made.',
    '✖ The PDF could not be made; the site is still served. Chromium crashed\nTry again with: npm run pdf',
  ]);
});
