import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePath, serveStatic } from '../../scripts/lib/static-server.ts';

test('resolvePath refuses paths that escape the root', () => {
  assert.equal(resolvePath('/srv/dist', '/../etc/passwd'), undefined);
  assert.equal(resolvePath('/srv/dist', '/%2e%2e/etc/passwd'), undefined);
  assert.equal(resolvePath('/srv/dist', '/a/b.js?x=1'), '/srv/dist/a/b.js');
  assert.equal(resolvePath('/srv/dist', '/%E0%A4%A'), undefined);
});

test('the server sends index pages with COOP/COEP, and 404 for missing files', async () => {
  const root = await mkdtemp(join(tmpdir(), 'serve-'));
  await mkdir(join(root, 'guide'));
  await writeFile(join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(join(root, 'guide', 'index.html'), '<h1>guide</h1>');
  const server = await serveStatic({ root, port: 0 });
  try {
    const home = await fetch(`${server.url}/`);
    assert.equal(home.status, 200);
    assert.equal(home.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(home.headers.get('cross-origin-embedder-policy'), 'require-corp');
    assert.equal(home.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await (await fetch(`${server.url}/guide/`)).text(), '<h1>guide</h1>');
    assert.equal((await fetch(`${server.url}/nope/`)).status, 404);
    assert.equal((await fetch(`${server.url}/%E0%A4%A`)).status, 404, 'a malformed escape is a 404, not a crash');
    assert.equal((await fetch(`${server.url}/`)).status, 200, 'the server still answers after a malformed URL');
  } finally {
    await server.close();
  }
});

test('isolation can be switched off, to prove the book works without it', async () => {
  const root = await mkdtemp(join(tmpdir(), 'serve-'));
  await writeFile(join(root, 'index.html'), 'x');
  const server = await serveStatic({ root, port: 0, isolate: false });
  try {
    const response = await fetch(`${server.url}/`);
    assert.equal(response.headers.get('cross-origin-embedder-policy'), null);
  } finally {
    await server.close();
  }
});

test('content-hashed files are cached for good, pages are revalidated, and every response carries the security headers', async () => {
  const root = await mkdtemp(join(tmpdir(), 'serve-'));
  await mkdir(join(root, 'lab-data', 'm'), { recursive: true });
  await writeFile(join(root, 'index.html'), 'x');
  await writeFile(join(root, 'lab-data', 'm', 'c-ABC.js'), 'module.exports = 1;');
  const server = await serveStatic({ root, port: 0 });
  try {
    const page = await fetch(`${server.url}/`);
    const module = await fetch(`${server.url}/lab-data/m/c-ABC.js`);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    assert.equal(module.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    for (const response of [page, module]) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('content-security-policy'), "frame-ancestors 'self'");
    }
  } finally {
    await server.close();
  }
});

test('text is sent compressed, brotli where the browser takes it, else gzip; images and unknown clients get the bytes as they are', async () => {
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const root = await mkdtemp(join(tmpdir(), 'serve-'));
  const page = `<h1>${'compress me '.repeat(500)}</h1>`;
  await writeFile(join(root, 'index.html'), page);
  await writeFile(join(root, 'logo.png'), 'not really a png');
  const server = await serveStatic({ root, port: 0 });
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      // node:http, so that the body arrives as the server encoded it.
      import('node:http').then(({ get: request }) =>
        request(`${server.url}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject),
      );
    });
  try {
    const br = await get('/', 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.equal(brotliDecompressSync(br.body).toString(), page);
    assert.ok(br.body.length < page.length / 10);
    const gz = await get('/', 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), page);
    assert.equal((await get('/', 'br;q=0, gzip')).headers['content-encoding'], 'gzip');
    const plain = await get('/');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), page);
    assert.equal((await get('/logo.png', 'br')).headers['content-encoding'], undefined);
  } finally {
    await server.close();
  }
});
