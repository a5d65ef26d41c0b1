import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { sidebarHtml } from '../../src/components/sidebar/sidebar-html.ts';

const link = (label: string, href: string, isCurrent = false) => ({ type: 'link' as const, label, href, isCurrent, badge: undefined, attrs: {} });
const group = (label: string, entries: Parameters<typeof sidebarHtml>[0], collapsed = false) => ({ type: 'group' as const, label, entries: [...entries], collapsed, badge: undefined });

const sidebar = [
  group('Start here', [link('What an AI engineer is', '/start-here/what/')]),
  group('Stage 1', [link('Overview', '/s1/overview/'), group('Deeper', [link('Costs & <tokens>', '/s1/cost/', true)], true)], true),
  group('Stage 2', [link('Overview', '/s2/overview/')], true),
  link('About "us"', '/about/?a=1&b="2"'),
];

test('each group is a details element: open when it is not collapsed or holds the current page, closed otherwise', () => {
  const html = sidebarHtml(sidebar);
  const opened = [...html.matchAll(/<details( open)?><summary>([^<]+)</g)].map((match) => [match[2], Boolean(match[1])]);
  assert.deepEqual(opened, [['Start here', true], ['Stage 1', true], ['Deeper', true], ['Stage 2', false]]);
});

test('only the current page carries aria-current, and labels and addresses are escaped', () => {
  const html = sidebarHtml(sidebar);
  assert.equal(html.match(/aria-current="page"/g)?.length, 1);
  assert.match(html, /<a href="\/s1\/cost\/" aria-current="page">Costs &amp; &lt;tokens><\/a>/);
  assert.match(html, /<a href="\/about\/\?a=1&amp;b=&quot;2&quot;" class="large">About "us"<\/a>/);
});

test('every group starts with a restore point, numbered in document order as Starlight numbers them', () => {
  const html = sidebarHtml(sidebar);
  const indices = [...html.matchAll(/<\/summary><sl-sidebar-restore data-index="(\d+)"><\/sl-sidebar-restore>/g)].map((match) => match[1]);
  assert.deepEqual(indices, ['0', '1', '2', '3']);
});

test('the markup nests as Starlight nests it: a list of items, each group a summary, its restore point and its own list', () => {
  const [list] = fromHtml(sidebarHtml(sidebar), { fragment: true }).children.filter((node) => node.type === 'element');
  assert.equal(list?.tagName, 'ul');
  const items = list.children.filter((node) => node.type === 'element');
  assert.deepEqual(items.map((item) => item.tagName), ['li', 'li', 'li', 'li']);
  const details = items[1]?.children[0];
  assert.ok(details?.type === 'element' && details.tagName === 'details');
  assert.deepEqual(details.children.map((node) => node.type === 'element' && node.tagName), ['summary', 'sl-sidebar-restore', 'ul']);
});

test('an entry with a badge or link attributes stops the build rather than losing them', () => {
  assert.throws(() => sidebarHtml([{ ...link('New', '/new/'), badge: { text: 'new', variant: 'note' } }]), /"New".*no badges/);
  assert.throws(() => sidebarHtml([{ ...link('Out', '/out/'), attrs: { target: '_blank' } }]), /"Out".*link attributes/);
});
