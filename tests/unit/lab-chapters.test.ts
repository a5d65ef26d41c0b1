import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { labSlugsIn } from '../../src/book/lab-chapters.ts';

test('a chapter’s <Lab slug> embeds are found, in order, whatever the quotes', () => {
  const body = ['Intro.', '', '<Lab slug="cost-curve" />', '', "<Lab slug='streaming-client'/>", '<Lab  slug={"eval-gate"} />'].join('\n');
  assert.deepEqual(labSlugsIn(body), ['cost-curve', 'streaming-client', 'eval-gate']);
});

test('examples inside fenced code (``` or ~~~, indented in a list) and inline code are not embeds', () => {
  const body = [
    'Write `<Lab slug="inline-example" />` in the chapter:',
    '',
    '```mdx',
    '<Lab slug="fenced-example" />',
    '```',
    '',
    '1. A step:',
    '',
    '   ~~~~text',
    '   <Lab slug="indented-example"/> names a lab that does not exist',
    '   ~~~',
    '   still inside: a shorter fence does not close a longer one',
    '   <Lab slug="still-fenced" />',
    '   ~~~~',
    '',
    '<Lab slug="real-one" />',
  ].join('\n');
  assert.deepEqual(labSlugsIn(body), ['real-one']);
});

test('the contributor guide’s examples are not taken for embeds', () => {
  const guide = readFileSync('src/content/docs/contributing/writing-a-lab.mdx', 'utf8');
  assert.match(guide, /<Lab slug="cost-curv"\/>/, 'the guide no longer shows the example this test is about');
  assert.deepEqual(labSlugsIn(guide), []);
});
