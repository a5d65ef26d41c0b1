import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTokens } from '@ai-roadmap/kit/tokens';
import { fitHistory, type Message } from '../src/context-budget.ts';
import { conversation, system } from '../src/conversation.ts';

// Counted with the kit's cl100k tokenizer: the system prompt is 25 tokens, the seven messages 106.
const contents = (messages: Message[]) => messages.map((message) => message.content);

test('a conversation that fits is sent whole, with the system prompt counted', () => {
  const fitted = fitHistory({ contextWindow: 1000, reservedForAnswer: 100, system }, conversation);
  assert.deepEqual(contents(fitted.kept), contents(conversation));
  assert.deepEqual(fitted.dropped, []);
  assert.equal(fitted.inputTokens, 25 + 106, 'input tokens are the system prompt plus every message');
  assert.equal(fitted.spare, 1000 - 100 - 131);
});

test('the newest messages that fit are kept, oldest first, and the older ones are reported as dropped', () => {
  // The chapter's worked example: 160 - 64 - 25 leaves 71 tokens; the newest four messages take 60.
  const fitted = fitHistory({ contextWindow: 160, reservedForAnswer: 64, system }, conversation);
  assert.deepEqual(contents(fitted.kept), contents(conversation.slice(3)), 'keep messages 4 to 7');
  assert.deepEqual(contents(fitted.dropped), contents(conversation.slice(0, 3)), 'drop messages 1 to 3, the order number with them');
  assert.equal(fitted.inputTokens, 85);
  assert.equal(fitted.spare, 11);
});

test('the reserve for the answer comes out of the window', () => {
  assert.equal(fitHistory({ contextWindow: 160, reservedForAnswer: 80, system }, conversation).kept.length, 3, '55 tokens of room hold the newest three');
  assert.equal(fitHistory({ contextWindow: 160, reservedForAnswer: 0, system }, conversation).kept.length, 7, '135 tokens of room hold all seven');
});

test('no older message is kept past a gap, even a short one that would fit', () => {
  const newest = conversation[6]!;
  const long = conversation[0]!;
  const messages: Message[] = [{ role: 'user', content: 'ok' }, long, newest];
  assert.equal(countTokens('ok') + countTokens(newest.content) <= 20, true);
  const fitted = fitHistory({ contextWindow: 20, reservedForAnswer: 0, system: '' }, messages);
  assert.deepEqual(contents(fitted.kept), [newest.content]);
  assert.deepEqual(contents(fitted.dropped), ['ok', long.content]);
});

test('a budget with no room for the newest message is an error that names the field', () => {
  assert.throws(() => fitHistory({ contextWindow: 100, reservedForAnswer: 80, system }, conversation), /budget\.reservedForAnswer/, '25 + 80 is more than 100');
  assert.throws(() => fitHistory({ contextWindow: 40, reservedForAnswer: 0, system }, conversation), /newest message/, '15 tokens of room cannot hold a 16-token question');
  assert.throws(() => fitHistory({ contextWindow: -1, reservedForAnswer: 0, system }, conversation), /budget\.contextWindow/);
});
