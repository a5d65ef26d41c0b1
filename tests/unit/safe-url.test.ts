import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHttpsOrLocal } from '../../src/runtime/export/safe-url.ts';

test('https anywhere and http on this machine only; no other scheme', () => {
  for (const url of ['https://api.github.com', 'https://github.example.com/api/v3', 'http://localhost:3000', 'http://127.0.0.1:8080/api', 'http://[::1]:9/']) assert.equal(isHttpsOrLocal(url), true, url);
  for (const url of ['http://api.github.com', 'http://192.168.1.5/api', 'javascript:alert(1)', 'data:text/html,x', 'ftp://x', 'not a url', '', 'http://localhost.evil.example/']) assert.equal(isHttpsOrLocal(url), false, url);
});
