import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactTocLists } from '../../src/components/toc/compact-toc.ts';

// As Starlight 0.42 draws a table of contents (its phone version's summary shortened).
const item = (depth: number, slug: string, text: string, inner = '') =>
  `<li style="--depth: ${depth};" class="astro-jugkfwgx"><a href="#${slug}" style="--depth: ${depth};" class="astro-jugkfwgx"><span style="--depth: ${depth};" class="astro-jugkfwgx">${text}</span></a>${inner}</li>`;
const list = (depth: number, items: string, mobile = false) =>
  `<ul class="${mobile ? 'isMobile ' : ''}astro-jugkfwgx" style="--depth: ${depth};">${items}</ul>`;
const tocList = (mobile = false) =>
  list(0, item(0, '_top', 'Overview') + item(0, 'the-arithmetic', 'The arithmetic', list(1, item(1, 'a-worked-example', 'A worked &amp; <em>real</em> example'), mobile)), mobile);
const desktop = `<starlight-toc data-min-h="2" data-max-h="3"><nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2>${tocList()}</nav></starlight-toc><script type="module" src="/_astro/TableOfContents.js"></script>`;
const phone = `<mobile-starlight-toc data-min-h="2" data-max-h="3" class="astro-66cqc7ze"><nav aria-labelledby="starlight__on-this-page--mobile" class="astro-66cqc7ze"><details id="starlight__mobile-toc" class="astro-66cqc7ze"><summary id="starlight__on-this-page--mobile" class="sl-flex astro-66cqc7ze"><span class="toggle sl-flex astro-66cqc7ze">On this page</span><span class="display-current astro-66cqc7ze"></span></summary><div class="dropdown astro-66cqc7ze">${tocList(true)}</div></details></nav></mobile-starlight-toc>`;

test('each list keeps its --depth; its items, links and labels lose the scoped class and the repeated style', () => {
  const compact = compactTocLists(desktop);
  assert.equal(
    compact,
    '<starlight-toc data-min-h="2" data-max-h="3"><nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2>' +
      '<ul style="--depth: 0;"><li><a href="#_top">Overview</a></li><li><a href="#the-arithmetic">The arithmetic</a>' +
      '<ul style="--depth: 1;"><li><a href="#a-worked-example">A worked &amp; <em>real</em> example</a></li></ul></li></ul>' +
      '</nav></starlight-toc><script type="module" src="/_astro/TableOfContents.js"></script>',
  );
});

test("the phone's lists keep their isMobile class, and everything around them stays as Starlight drew it", () => {
  const compact = compactTocLists(phone);
  assert.ok(compact.startsWith(phone.slice(0, phone.indexOf('<ul'))), compact);
  assert.ok(compact.endsWith('</div></details></nav></mobile-starlight-toc>'));
  assert.match(compact, /<ul class="isMobile" style="--depth: 0;"><li><a href="#_top">Overview<\/a><\/li>/);
  assert.match(compact, /<ul class="isMobile" style="--depth: 1;">/);
  assert.doesNotMatch(compact.slice(compact.indexOf('<ul')), /astro-|<span/);
});
