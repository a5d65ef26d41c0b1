import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { inlineScripts, pagePolicy, scriptHash, withPolicy } from '../../src/book/content-security-policy.ts';
import { bootScript } from '../../src/runtime/runners/in-page/boot-script.ts';

const directive = (policy: string, name: string): string[] => policy.split('; ').find((part) => part.startsWith(`${name} `))?.split(' ').slice(1) ?? [];

test('only inline scripts the browser runs are hashed: not src= scripts, not JSON data', () => {
  const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{"c":1}</script><script type='text/javascript'>d()</script>`;
  assert.deepEqual(inlineScripts(html), ['a()', 'b()', 'd()']);
});

test('script-src allows the pages’ inline scripts and the sandbox’s boot script by hash, and no other inline script', () => {
  const policy = pagePolicy(['a()', 'a()', 'b()']);
  const sources = directive(policy, 'script-src');
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  for (const text of ['a()', 'b()', bootScript]) assert.ok(sources.includes(sha(text)), text);
  assert.equal(scriptHash('a()'), sha('a()'));
  assert.equal(sources.filter((source) => source.startsWith("'sha256-")).length, 3);
  assert.ok(!sources.includes("'unsafe-inline'"));
  assert.deepEqual(directive(policy, 'object-src'), ["'none'"]);
  assert.deepEqual(directive(policy, 'default-src'), ["'self'"]);
});

test('the policy goes right after the charset, before any script; a page without <head> gets it after the doctype', () => {
  const page = withPolicy('<!doctype html><html><head><meta charset="utf-8"><script>x()</script></head></html>', "default-src 'self'");
  assert.match(page, /<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>/);
  const redirect = withPolicy('<!doctype html><title>Redirecting</title>', 'a "b"');
  assert.equal(redirect, '<!doctype html><meta http-equiv="Content-Security-Policy" content="a &quot;b&quot;"><title>Redirecting</title>');
  assert.throws(() => withPolicy('just text', 'x'), /neither a <head> nor a doctype/);
});
