import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../src/corpus.ts';
import { sectionsOf } from '../src/sections.ts';

const doc = (text: string) => ({ source: 'test.md', title: 'Guide', text });

test('each section carries the path of headings above it, outermost first', () => {
  const sections = sectionsOf(doc('# Guide\n\nIntro.\n\n## Install\n\nRun it.\n\n### On Linux\n\nUse apt.\n\n## Use\n\nCall it.\n'));
  assert.deepEqual(
    sections.map((section) => section.headingPath),
    [['Guide'], ['Guide', 'Install'], ['Guide', 'Install', 'On Linux'], ['Guide', 'Use']],
    'a heading replaces the one at its own level and everything deeper: "## Use" ends "### On Linux" too',
  );
  assert.deepEqual(sections.map((section) => section.body), ['Intro.', 'Run it.', 'Use apt.', 'Call it.'], 'a body is the text under its heading, without the heading line, trimmed');
});

test('a heading with no text of its own gives no empty section', () => {
  const sections = sectionsOf(doc('# Guide\n\n## Install\n\n### On Linux\n\nUse apt.\n'));
  assert.deepEqual(sections.map((section) => section.headingPath), [['Guide', 'Install', 'On Linux']]);
});

test('a line starting with # inside a fenced code block is code, not a heading', () => {
  const text = '# Guide\n\n## Setup\n\n```sh\n# install the tools\nnpm ci\n## not a heading either\n```\n\nThen run it.\n';
  const sections = sectionsOf(doc(text));
  assert.equal(sections.length, 1, `expected one section (Setup), got ${JSON.stringify(sections.map((section) => section.headingPath))}: feed each line to codeFenceTracker() before testing it for a heading`);
  assert.ok(sections[0]!.body.includes('# install the tools'), 'the shell comment stays in the body, inside its code block');
});

test("on the book's own chapters, the code example of a checkpoint list is not a section", () => {
  const chapter = loadCorpus().find((candidate) => candidate.source === 'writing-a-chapter.md')!;
  const paths = sectionsOf(chapter).map((section) => section.headingPath.join(' > '));
  assert.ok(paths.includes('Writing a chapter > Checkpoint questions and their answers'), `got ${JSON.stringify(paths)}`);
  assert.ok(!paths.includes('Writing a chapter > Checkpoint questions'), 'writing-a-chapter.md shows "## Checkpoint questions" inside a ```mdx block: that line is an example, not a heading');
});
