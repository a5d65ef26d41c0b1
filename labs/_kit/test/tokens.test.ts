import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTokens, tokenize, tokenizerName, truncateToTokens } from '../src/tokens.ts';

test('the tokenizer is cl100k_base, a real BPE', () => {
  assert.equal(tokenizerName, 'cl100k_base');
  assert.deepEqual(tokenize('Hello world'), ['Hello', ' world']);
  // Known cl100k_base counts: common words are one token each, rare words split.
  assert.equal(countTokens('The quick brown fox jumps over the lazy dog.'), 10);
  assert.ok(countTokens('antidisestablishmentarianism') > 3);
  assert.equal(countTokens(''), 0);
});

test('tokens join back into the text, even where a character spans two tokens', () => {
  for (const text of ['Streaming: one token at a time.', 'Grüße, 日本語のテキスト 😀 naïve façade', '  spaces\n\nand lines  ']) {
    const pieces = tokenize(text);
    assert.equal(pieces.join(''), text);
    assert.ok(pieces.every((piece) => piece.length > 0));
    assert.ok(pieces.length <= countTokens(text));
  }
});

test('truncating keeps whole tokens up to the limit', () => {
  const text = 'The quick brown fox jumps over the lazy dog.';
  assert.equal(truncateToTokens(text, 3), 'The quick brown');
  assert.equal(truncateToTokens(text, 100), text);
  assert.equal(truncateToTokens('😀😀😀', 1), '');
});
