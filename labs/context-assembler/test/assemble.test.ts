import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateText } from 'ai';
import { countTokens } from '@ai-roadmap/kit/tokens';
import { assembleContext, orderForAttention, type ContextRequest } from '../src/assemble.ts';
import { systemPrompt, tools } from '../src/data/tools.ts';
import type { Chunk } from '../src/retrieve.ts';
import type { Turn } from '../src/state.ts';
import { seededRandom } from '@ai-roadmap/kit';
import { recordingModel } from './support.ts';

const words = (random: () => number, count: number) => Array.from({ length: count }, () => ['bike', 'battery', 'pause', 'tyre', 'invoice', 'insurance', 'week', 'mechanic'][Math.floor(random() * 8)]).join(' ');
const turnsOf = (count: number, random = seededRandom(1)): Turn[] => Array.from({ length: count }, (_, index) => ({ role: index % 2 === 0 ? 'user' : 'assistant', text: `turn ${index + 1}: ${words(random, 10 + Math.floor(random() * 40))}` }));
const chunksOf = (count: number, random = seededRandom(2)): Chunk[] => Array.from({ length: count }, (_, index) => ({ id: `c${index + 1}`, text: words(random, 20 + Math.floor(random() * 80)), score: 1 - index / 10 }));

const request = (overrides: Partial<ContextRequest> = {}): ContextRequest => ({
  system: systemPrompt,
  tools,
  state: { summary: 'The customer asked about batteries.', turns: turnsOf(12), pinned: ['Account number: ACC-4471'] },
  retrieved: chunksOf(5),
  question: 'Can I pause my plan while I travel?',
  maxInputTokens: 900,
  ...overrides,
});

test('never over budget: 200 random requests, counted on the whole text with the real tokenizer', () => {
  const random = seededRandom(42);
  let assembled = 0;
  for (let index = 0; index < 200; index++) {
    const maxInputTokens = 450 + Math.floor(random() * 1_000);
    const candidate = request({ maxInputTokens, state: { summary: random() < 0.5 ? null : words(random, 30), turns: turnsOf(Math.floor(random() * 30), random), pinned: ['Account number: ACC-4471'] }, retrieved: chunksOf(Math.floor(random() * 8), random) });
    let context;
    try {
      context = assembleContext(candidate);
    } catch (error) {
      assert.match((error as Error).message, /over the budget/, `request ${index}: only the fixed parts being too big may throw`);
      continue;
    }
    assembled += 1;
    const counted = countTokens(context.text);
    assert.ok(counted <= maxInputTokens, `request ${index}: ${counted} tokens in a budget of ${maxInputTokens}. Count the whole text, and stop adding before it goes over.`);
    assert.equal(context.tokens, counted, 'tokens is the count of the text actually sent');
  }
  assert.ok(assembled > 150, 'most requests fit');
});

test('the count is what the model bills: the prefix as the system prompt, the tail as the message', async () => {
  const context = assembleContext(request());
  const { usage } = await generateText({ model: recordingModel().model, system: context.prefix, prompt: context.tail });
  assert.equal(usage.inputTokens, context.tokens);
});

test('what goes where: the stable prefix, then summary, conversation, retrieved articles, and the question last', () => {
  const context = assembleContext(request({ maxInputTokens: 5_000 }));
  assert.ok(context.text.startsWith(context.prefix));
  const at = (heading: string) => context.text.indexOf(`## ${heading}\n`);
  const headings = ['Instructions', 'Tools', 'Pinned facts', 'Summary of the earlier conversation', 'Conversation', 'Retrieved help articles', 'Question'];
  const order = headings.map(at);
  assert.deepEqual(headings.filter((_, index) => (order[index] ?? -1) < 0), [], 'these sections are missing from the text');
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'history before the retrieved articles: last turn’s prompt is then a prefix of this one’s, up to the new material, so more of it can be cached');
  assert.ok(context.text.endsWith(`## Question\nCan I pause my plan while I travel?`));
  assert.equal(context.keptTurns, 12, 'with room for everything, everything is kept');
});

test('over budget, the oldest turns go first, and retrieved articles stay within their share', () => {
  const context = assembleContext(request({ maxInputTokens: 900 }));
  assert.ok(context.keptTurns > 0 && context.keptTurns < 12, `12 turns do not fit in 900 tokens: keep the newest that fit and drop the rest (kept ${context.keptTurns})`);
  assert.ok(context.text.includes('turn 12:'), 'the newest turn is kept');
  assert.ok(!context.text.includes('turn 1:'), 'the oldest turn is dropped');
  for (const kept of ['Account number: ACC-4471', 'The customer asked about batteries.', 'Can I pause my plan while I travel?']) assert.ok(context.text.includes(kept), `${kept} must never be dropped`);
  const fixed = assembleContext(request({ state: { ...request().state, turns: [] }, retrieved: [], maxInputTokens: 900 })).tokens;
  const withChunks = assembleContext(request({ state: { ...request().state, turns: [] }, maxInputTokens: 900 })).tokens;
  assert.ok(withChunks - fixed <= (900 - fixed) * 0.5 + 5, `retrieved articles took ${withChunks - fixed} tokens of the ${900 - fixed} left: at most half`);
});

test('when the parts that are never dropped are over budget, the error says so, with the numbers', () => {
  assert.throws(() => assembleContext(request({ maxInputTokens: 200 })), /take \d+ tokens, over the budget of 200/, 'the instructions, tools, pins, summary and question alone take more than 200 tokens: throw an Error that gives both numbers');
});

test('lost in the middle: the best article sits next to the question, the second best first, the weakest in the middle', () => {
  assert.deepEqual(orderForAttention([1, 2, 3, 4, 5]), [2, 4, 5, 3, 1], 'ranks 1 to 5, best first, go in the order 2, 4, 5, 3, 1');
  assert.deepEqual(orderForAttention(['a', 'b']), ['b', 'a']);
  const context = assembleContext(request({ retrieved: chunksOf(3), maxInputTokens: 5_000 }));
  assert.deepEqual(context.keptChunks, ['c2', 'c3', 'c1']);
});
