// The site's "Download the PDF" links lead to the file the export writes, and every
// deploy configuration runs the export, so no deployed site links to a missing PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { pdfHref } from '../../src/book/meta.ts';
import { pdfPath } from '../../scripts/lib/pdf-paths.ts';

function pdfLinks(file: string): string[] {
  const hrefs: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element' && (node as Element).tagName === 'a' && /\.pdf([?#]|$)/.test(String((node as Element).properties.href))) {
      // A `download` link fails silently while `npm start` is still making the PDF; a plain link shows the page saying so.
      assert.equal((node as Element).properties.download, undefined, `${file}: the link to the PDF has a download attribute`);
      hrefs.push(String((node as Element).properties.href));
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(fromHtml(readFileSync(file, 'utf8')));
  return hrefs;
}

test('the home page and every chapter’s footer link to the file the export wrote', () => {
  assert.equal(readFileSync(pdfPath).subarray(0, 5).toString('latin1'), '%PDF-', `${pdfPath} is not a PDF`);
  for (const page of ['dist/index.html', 'dist/start-here/what-an-ai-engineer-is/index.html']) {
    const links = pdfLinks(page);
    assert.ok(links.length > 0, `${page} has no link to the PDF`);
    for (const href of links) assert.equal(`dist${new URL(href, 'https://site.example').pathname}`, pdfPath, `${page} links to ${href}; the export writes ${pdfPath}`);
  }
  assert.equal(`dist${pdfHref}`, pdfPath);
});

test('every deploy configuration builds the PDF along with the site', () => {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  assert.match(scripts['build:deploy'] ?? '', /npm run build\b.*&&.*scripts\/export-pdf\.ts/, 'package.json: "build:deploy" must build the site, then export the PDF');
  const vercel = JSON.parse(readFileSync('vercel.json', 'utf8')) as { buildCommand?: string };
  assert.match(vercel.buildCommand ?? '', /npm run build:deploy\b/, 'vercel.json: "buildCommand" does not build the PDF');
  const workflow = readFileSync('.github/workflows/deploy-pages.yml', 'utf8');
  assert.match(workflow, /^\s*- run: npm run build:deploy\s*$/m, '.github/workflows/deploy-pages.yml does not build the PDF');
  assert.match(workflow, /node-version: 24\b/, '.github/workflows/deploy-pages.yml: Node 24 is needed');
  const readme = readFileSync('README.md', 'utf8');
  const deploying = readme.slice(readme.indexOf('## Deploying'));
  for (const host of ['Netlify', 'Cloudflare Pages']) assert.match(deploying, new RegExp(`\\*\\*${host}\\*\\*[^\\n]*npm run build:deploy`), `README, Deploying: ${host} is not told to run npm run build:deploy`);
});
