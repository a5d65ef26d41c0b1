import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { displayBox, mathsFeatures, mathsPlugin, typeset } from '../../src/markdown/maths.ts';

const render = async (markdown: string, file = 'src/content/docs/x/page.md') => {
  const renderer = await createSatteriMarkdownProcessor({ syntaxHighlight: false, features: mathsFeatures, hastPlugins: [mathsPlugin] });
  return renderer.render(markdown, { fileURL: pathToFileURL(`${process.cwd()}/${file}`) });
};

test('a formula becomes KaTeX markup: HTML for the eye and MathML for screen readers, no TeX left', () => {
  const html = typeset('\\frac{QK^{\\top}}{\\sqrt{d}}', false, 'page.mdx');
  assert.match(html, /^<span class="katex">/);
  assert.match(html, /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/);
  assert.match(html, /class="katex-html" aria-hidden="true"/);
  assert.match(typeset('x', true, 'page.mdx'), /class="katex-display"/);
});

test('a display formula sits in its own focusable box, which scrolls sideways instead of the page', () => {
  assert.equal(displayBox('<span>f</span>'), '<div class="math-display" tabindex="0"><span>f</span></div>');
});

test('a formula KaTeX cannot read stops the build, naming the file and the formula', () => {
  assert.throws(() => typeset('\\frac{1}{', true, 'src/content/docs/x/page.mdx'), /^Error: src\/content\/docs\/x\/page\.mdx: cannot typeset the formula \$\$\\frac\{1\}\{\$\$/);
});

test('single dollars stay dollars: prices are not maths', async () => {
  const { code } = await render('It costs $2 in and $8 out.\n');
  assert.match(code, /It costs \$2 in and \$8 out\./);
  assert.doesNotMatch(code, /katex/);
});

test('maths in a .md page stops the build: only an .mdx page can load KaTeX’s stylesheet', async () => {
  await assert.rejects(render('Inline $$x^2$$ here.\n', 'src/content/docs/x/page.md'), /src\/content\/docs\/x\/page\.md: maths needs an \.mdx file/);
});
