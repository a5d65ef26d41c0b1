// Starlight spaces the last block of each item in a "loose" list with the rule
//   .sl-markdown-content :is(ol, ul):has(> li > :not(a, strong, …)) > li > :is(:last-child:not(…), …)
// Its :has() makes Chromium re-check the styles of the whole page on every DOM
// change, so each keystroke in a chapter's editor cost 8 to 9 ms of style
// recalculation (measured with a trace: 72 ms for 8 Enter presses, 21 ms without
// the :has()). The :has() adds nothing for the items it spaces: an item whose
// last child is a block is itself the item that :has() looks for. So the build
// drops it from Starlight's stylesheet, and fails if Starlight's rule changes.

const markdownStylesheet = /@astrojs[\\/]starlight[\\/].*style[\\/]markdown\.css$/;
const looseListHas = /:is\(ol,\s*ul\):has\(>\s*li\s*>\s*:not\(a,\s*strong,\s*em,\s*del,\s*span,\s*input,\s*code,\s*br,\s*script,\s*ol,\s*ul\)\)/;

/** Starlight's markdown stylesheet without the :has() of its list rule; throws when the rule is not there. */
export function withoutLooseListHas(css: string, file: string): string {
  if (!looseListHas.test(css)) {
    throw new Error(`${file}: Starlight's list rule ":is(ol, ul):has(> li > :not(…))" has changed; see src/book/starlight-list-rule.ts before upgrading.`);
  }
  return css.replace(looseListHas, ':is(ol, ul)');
}

/** A Vite plugin that applies withoutLooseListHas to Starlight's markdown.css, before any other CSS processing. */
export function starlightListRule() {
  return {
    name: 'ai-roadmap:starlight-list-rule',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0] ?? id;
      return markdownStylesheet.test(file) ? { code: withoutLooseListHas(code, file), map: null } : undefined;
    },
  };
}
