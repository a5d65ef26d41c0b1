import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneLinkPerStylesheet } from '../../src/book/stylesheet-links.ts';

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;

test('a stylesheet linked twice in the head and again in the body is linked once, from the head', () => {
  const page = `<html><head><title>t</title>${link('/a.css')}${link('/k.css')}${link('/k.css')}</head><body><p>x</p>${link('/ec.css')}<p>y</p>${link('/ec.css')}</body></html>`;
  const fixed = oneLinkPerStylesheet(page);
  assert.equal(fixed, `<html><head><title>t</title>${link('/a.css')}${link('/k.css')}${link('/ec.css')}</head><body><p>x</p><p>y</p></body></html>`);
});

test('a page whose stylesheets are each linked once from the head is left as it is', () => {
  const page = `<html><head>${link('/a.css')}${link('/b.css')}</head><body><p>${'&lt;link rel="stylesheet"&gt; in prose'}</p></body></html>`;
  assert.equal(oneLinkPerStylesheet(page), page);
});

test('a page without a head is left as it is', () => {
  const page = `<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/x/">`;
  assert.equal(oneLinkPerStylesheet(page), page);
});
