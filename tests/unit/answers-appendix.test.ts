import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { moveAnswersToAppendix } from '../../src/components/print/answers-appendix.ts';

const answer = (text: string) => `<details class="checkpoint-answer" data-checkpoint-answer><summary>Answer</summary><div class="checkpoint-answer-body"><p>${text}</p></div></details>`;
const chapter = (anchor: string, title: string, inner: string) =>
  `<article class="print-chapter" id="${anchor}" data-print-chapter-href="/x/${anchor}/"><h1 data-print-chapter-title>${title}</h1><div class="sl-markdown-content" data-print-content="${anchor}">${inner}</div></article>`;
const toc = '<nav><ol><li><a href="#appendix-answers"><span data-toc-page="appendix-answers"></span></a></li><li><a href="#appendix-solutions"></a></li></ol></nav>';
const appendix = '<article id="appendix-answers"><h1>Answers to the checkpoint questions</h1><div data-answers-appendix></div></article>';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  moveAnswersToAppendix(tree, 'appendix-answers');
  return toHtml(tree);
};

test('answers leave their chapter for the appendix, grouped by chapter, numbered as in the chapter, with the question repeated', () => {
  const html = run(
    toc +
      chapter('chapter-1', 'Tokens', `<h2>Checkpoint questions</h2><ol><li>Why <code>" the"</code>?${answer('Because of the space.')}</li><li>No answer yet.</li><li><p>Top-p?</p>${answer('The first two.')}</li></ol>`) +
      chapter('chapter-2', 'No questions', '<p>Text.</p>') +
      appendix,
  );
  const [chapters = '', rest = ''] = html.split('<article id="appendix-answers">');
  assert.doesNotMatch(chapters, /checkpoint-answer|Because of the space/, 'the answers are no longer in the chapter');
  assert.match(chapters, /<li>Why <code>" the"<\/code>\?<\/li>/, 'the question stays in the chapter');
  assert.match(chapters, /<\/ol><p class="print-answers-note">The worked answers to these questions are in the appendix: <a href="#answers-chapter-1">Answers to the checkpoint questions, Tokens<\/a>\.<\/p>/);
  assert.match(rest, /<section class="print-answers"><h2 id="answers-chapter-1">Tokens<\/h2><ol class="print-answers-list">/);
  assert.match(rest, /<li value="1"><div class="print-answer-question" data-print-content="chapter-1">Why <code>" the"<\/code>\?<\/div><div class="print-answer-body" data-print-content="chapter-1"><p>Because of the space\.<\/p><\/div><\/li>/);
  assert.match(rest, /<li value="3"><div class="print-answer-question" data-print-content="chapter-1"><p>Top-p\?<\/p><\/div><div class="print-answer-body" data-print-content="chapter-1"><p>The first two\.<\/p>/);
  assert.doesNotMatch(rest, /No questions|No answer yet/, 'chapters and questions without answers are left out');
  assert.match(html, /data-toc-page="appendix-answers"/);
});

test('an answer outside a numbered list item stops the build, naming the chapter', () => {
  assert.throws(() => run(chapter('chapter-1', 'T', `<p>Loose.</p>${answer('x')}`) + appendix), /print-book: an <Answer> in \/x\/chapter-1\/ is not in a numbered list item/);
  assert.throws(() => run(chapter('chapter-1', 'T', `<ul><li>Q?${answer('x')}</li></ul>`) + appendix), /not in a numbered list item/);
});

test('a book without answers has no answers appendix, and no line for it in the contents', () => {
  const html = run(toc + chapter('chapter-1', 'T', '<p>No questions.</p>') + appendix);
  assert.doesNotMatch(html, /appendix-answers|Answers to the checkpoint questions/);
  assert.match(html, /#appendix-solutions/);
});

test('answers with nowhere to go stop the build', () => {
  assert.throws(() => run(chapter('chapter-1', 'T', `<ol><li>Q?${answer('x')}</li></ol>`)), /has checkpoint answers but no element marked data-answers-appendix/);
});
