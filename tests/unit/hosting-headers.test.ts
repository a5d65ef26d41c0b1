import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { immutableCaching, immutableFolders, siteHeaders } from '../../src/book/headers.ts';

/** Netlify/Cloudflare `_headers`: a path line, then indented "Name: value" lines. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    assert.ok(current && name, `header line outside a path rule: ${line}`);
    current[name.trim()] = value.join(':').trim();
  }
  return rules;
}

test('public/_headers sends the isolation and security headers on every path', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  assert.deepEqual(rules.get('/*'), { ...siteHeaders });
});

test('vercel.json sends the isolation and security headers on every path', () => {
  const config = JSON.parse(readFileSync('vercel.json', 'utf8')) as { headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }> };
  const everyPath = config.headers.find((rule) => rule.source === '/(.*)');
  assert.ok(everyPath, 'vercel.json has no rule for every path');
  assert.deepEqual(Object.fromEntries(everyPath.headers.map(({ key, value }) => [key, value])), { ...siteHeaders });
});

test('files named by their content are cached for good on every host', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const config = JSON.parse(readFileSync('vercel.json', 'utf8')) as { headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }> };
  for (const folder of immutableFolders) {
    assert.deepEqual(rules.get(`${folder}*`), { ...immutableCaching }, `_headers: ${folder}`);
    const rule = config.headers.find((candidate) => candidate.source === `${folder}(.*)`);
    assert.deepEqual(Object.fromEntries(rule?.headers.map(({ key, value }) => [key, value]) ?? []), { ...immutableCaching }, `vercel.json: ${folder}`);
  }
});
