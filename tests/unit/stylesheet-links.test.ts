import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneLinkPerStylesheet } from '../../src/book/stylesheet-links.ts';

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;

test('a repeated stylesheet is linked once, where it was first linked in the head; one first linked in the body moves to the end of the head', () => {
  const page = `<html><head><title>t</title>${link('/a.css')}<style>p{}</style>${link('/k.css')}${link('/k.css')}</head><body><p>x</p>${link('/ec.css')}<p>y</p>${link('/ec.css')}${link('/k.css')}</body></html>`;
  const fixed = oneLinkPerStylesheet(page);
  assert.equal(fixed, `<html><head><title>t</title>${link('/a.css')}<style>p{}</style>${link('/k.css')}${link('/ec.css')}</head><body><p>x</p><p>y</p></body></html>`);
});

test('a page whose stylesheets are each linked once from the head is left as it is, whatever its prose shows', () => {
  const page = `<html><head>${link('/a.css')}<style>p{}</style>${link('/b.css')}</head><body><p>&lt;link rel="stylesheet" href="/c.css"&gt;</p></body></html>`;
  assert.equal(oneLinkPerStylesheet(page), page);
});

test('a page without a head is left as it is', () => {
  const page = `<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/x/">`;
  assert.equal(oneLinkPerStylesheet(page), page);
});

test('a page whose one stylesheet link is in the body gets it in the head', () => {
  const page = `<html><head><title>t</title></head><body>${link('/ec.css')}<p>x</p></body></html>`;
  assert.equal(oneLinkPerStylesheet(page), `<html><head><title>t</title>${link('/ec.css')}</head><body><p>x</p></body></html>`);
});
