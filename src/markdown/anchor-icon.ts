// Starlight follows every heading with a link to it, drawn as an inline SVG of half a
// kilobyte: a chapter repeats it a dozen times or more. This plugin empties the icon's
// span; src/styles/anchor-icon.css draws the same icon once, as a mask.
import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition } from './maths.ts';

export function anchorIconPlugin(): HastPluginDefinition {
  return {
    name: 'book-anchor-icon',
    element: {
      filter: ['span'],
      visit(node) {
        const className: unknown = node.properties?.['className'] ?? node.properties?.['class'];
        const classes = Array.isArray(className) ? className.map(String) : String(className ?? '').split(/\s+/);
        if (!classes.includes('sl-anchor-icon') || node.children.length === 0) return;
        return { ...node, children: [] };
      },
    },
  };
}

/** Registers the plugin after Starlight's own, which makes the icons: list this integration after Starlight. */
export const anchorIcons = (): AstroIntegration => ({
  name: 'ai-roadmap:anchor-icons',
  hooks: {
    'astro:config:setup': ({ config }) => {
      const processor = config.markdown.processor;
      if (!isSatteriProcessor(processor)) throw new Error('anchorIcons() needs the Sätteri Markdown processor.');
      processor.options.hastPlugins.push(anchorIconPlugin());
    },
  },
});
