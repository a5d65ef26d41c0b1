// Maths in chapters, typeset with KaTeX when the site builds: no script in the page.
// Sätteri (Astro's Markdown processor) parses `$$…$$` into code elements marked
// "math-inline" or "math-display"; this plugin replaces them with KaTeX's HTML and
// MathML, and makes each page with maths import KaTeX's stylesheet (bundled with
// its fonts by Vite, so they are served by the site itself). Single dollars stay
// text, because the book writes prices as "$2".
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent } from 'hast';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
/** One Sätteri hast plugin: a name and its visitors. */
export type HastPluginDefinition = Exclude<HastPluginEntry, ((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false>;

/** The Sätteri features that turn on `$$…$$` maths and leave `$2` alone. */
export const mathsFeatures = { math: { singleDollarTextMath: false } } as const;

/** The import a page with maths gets: KaTeX's CSS and, through it, its fonts. */
export const katexStylesheet = 'katex/dist/katex.min.css';

const classesOf = (node: Element): string[] => {
  const value: unknown = node.properties?.['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

const fileOf = (url: URL | undefined): string => (url ? fileURLToPath(url).replace(`${process.cwd()}/`, '') : '(unknown file)');

/** KaTeX's markup for one formula; a formula KaTeX cannot read stops the build, naming the file and the formula. */
export function typeset(tex: string, display: boolean, file: string): string {
  try {
    return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });
  } catch (error) {
    throw new Error(`${file}: cannot typeset the formula $$${tex}$$: ${(error as Error).message}`);
  }
}

/**
 * A display formula sits in its own box that scrolls sideways when it is wider than the column (on a phone),
 * so it never widens the page. The box can take focus, so that keyboard users can scroll it too.
 */
export const displayBox = (html: string): string => `<div class="math-display" tabindex="0">${html}</div>`;

export function mathsPlugin(): HastPluginDefinition {
  let found = false;
  return {
    name: 'book-maths',
    before() {
      found = false;
    },
    element: {
      filter: ['pre', 'code'],
      visit(node, ctx) {
        const file = fileOf(ctx.fileURL);
        if (node.tagName === 'pre') {
          const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
          if (!code || !classesOf(code).includes('math-display')) return;
          found = true;
          ctx.replaceNode(node, { type: 'raw', value: displayBox(typeset(textOf(code).trim(), true, file)) });
          return;
        }
        if (!classesOf(node).includes('math-inline')) return;
        found = true;
        ctx.replaceNode(node, { type: 'raw', value: typeset(textOf(node).trim(), false, file) });
      },
    },
    after(root, ctx) {
      if (!found) return;
      if (ctx.sourceFormat !== 'mdx') {
        throw new Error(`${fileOf(ctx.fileURL)}: maths needs an .mdx file (a .md page cannot load KaTeX's stylesheet); rename it to .mdx.`);
      }
      ctx.prependChild(root, { type: 'mdxjsEsm', value: `import '${katexStylesheet}';` });
    },
  };
}
