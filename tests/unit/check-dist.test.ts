import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDist, pageUrl } from '../../scripts/lib/check-dist.ts';

async function site(pages: Record<string, string>): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'dist-'));
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(join(dist, path, '..'), { recursive: true });
    await writeFile(join(dist, path), html);
  }
  return dist;
}

test('a sound site has no problems', async () => {
  const dist = await site({
    'index.html': '<a href="/guide/">guide</a><img src="/logo.svg" alt="Logo"><a href="https://example.com/x">x</a>',
    'guide/index.html': '<a href="../">home</a><a href="#top">top</a>',
    'logo.svg': '<svg/>',
  });
  assert.deepEqual(await checkDist(dist), []);
});

test('a broken internal link is reported with the page that holds it', async () => {
  const dist = await site({ 'index.html': '<p>ok</p>', 'guide/index.html': '<a href="/missing-chapter/">oops</a>' });
  assert.deepEqual(await checkDist(dist), [{ page: '/guide/', message: 'broken internal link /missing-chapter/' }]);
});

test('a link with malformed percent-encoding is reported, not a crash', async () => {
  const dist = await site({ 'index.html': '<a href="/caf%E0%A4%A/">bad</a>' });
  assert.deepEqual(await checkDist(dist), [{ page: '/', message: 'broken internal link /caf%E0%A4%A/' }]);
});

test('a relative link is resolved against its page', async () => {
  const dist = await site({ 'a/index.html': '<a href="b/">b</a>' });
  assert.deepEqual(await checkDist(dist), [{ page: '/a/', message: 'broken internal link /a/b/' }]);
});

test('an image without alt text is reported; alt="" (decorative) is allowed', async () => {
  const dist = await site({
    'x/index.html': '<img src="/a.png"><img src="/a.png" alt="">',
    'a.png': 'png',
  });
  assert.deepEqual(await checkDist(dist), [{ page: '/x/', message: 'image /a.png has no alt text' }]);
});

test('pageUrl maps built files to URLs', () => {
  assert.equal(pageUrl('/d', '/d/index.html'), '/');
  assert.equal(pageUrl('/d', '/d/a/b/index.html'), '/a/b/');
  assert.equal(pageUrl('/d', '/d/404.html'), '/404');
});

test('a stylesheet linked twice, or from the body, is reported with its page', async () => {
  const dist = await site({
    'a.css': 'p{}',
    'b.css': 'p{}',
    'index.html': '<html><head><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/a.css"></head><body><link rel="stylesheet" href="/b.css"></body></html>',
  });
  assert.deepEqual(await checkDist(dist), [
    { page: '/', message: 'stylesheet /a.css is linked more than once' },
    { page: '/', message: 'stylesheet /b.css is linked from the body, not the head' },
  ]);
});
