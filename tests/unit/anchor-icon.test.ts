import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { anchorIconPlugin } from '../../src/markdown/anchor-icon.ts';
import type { HastPluginDefinition } from '../../src/markdown/maths.ts';

// Stands in for Starlight's heading plugin, which runs before ours: a link after each heading, its icon an SVG.
const headingLinks = (): HastPluginDefinition => ({
  name: 'heading-links',
  element: {
    filter: ['h2'],
    visit: (node) => ({
      type: 'element',
      tagName: 'div',
      properties: { class: 'sl-heading-wrapper' },
      children: [node, { type: 'element', tagName: 'a', properties: { class: 'sl-anchor-link', href: '#x' }, children: [
        { type: 'element', tagName: 'span', properties: { 'aria-hidden': 'true', class: 'sl-anchor-icon' }, children: [
          { type: 'element', tagName: 'svg', properties: { viewBox: '0 0 24 24' }, children: [] },
        ] },
        { type: 'element', tagName: 'span', properties: { class: 'sr-only' }, children: [{ type: 'text', value: 'Section titled X' }] },
      ] }],
    }),
  },
});

const render = async (markdown: string, hastPlugins: HastPluginDefinition[]) => {
  const renderer = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins });
  return (await renderer.render(markdown, { fileURL: pathToFileURL(`${process.cwd()}/src/content/docs/x/page.md`) })).code;
};

test("a heading's link keeps its place, its words for screen readers and its empty icon span, without the SVG", async () => {
  const before = await render('## Costs\n\n<span class="sl-anchor-icon">kept</span> text\n', [headingLinks()]);
  assert.match(before, /<span aria-hidden="true" class="sl-anchor-icon"><svg/);
  const after = await render('## Costs\n\n<span class="sl-anchor-icon">kept</span> text\n', [headingLinks(), anchorIconPlugin()]);
  assert.match(after, /<a class="sl-anchor-link" href="#x"><span aria-hidden="true" class="sl-anchor-icon"><\/span><span class="sr-only">Section titled X<\/span><\/a>/);
  assert.doesNotMatch(after, /<svg/);
  assert.match(after, /<span class="sl-anchor-icon">kept<\/span> text/, 'raw HTML in the prose is left alone');
});
