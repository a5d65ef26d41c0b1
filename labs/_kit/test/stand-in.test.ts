import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateText, streamText } from 'ai';
import { createStandInModel, defaultRules } from '../src/index.ts';
import { countTokens } from '../src/tokens.ts';

const model = createStandInModel();

test('the same prompt gives the same answer every time', async () => {
  const prompt = 'Why do engineers stream model output?';
  const first = await generateText({ model, prompt });
  const second = await generateText({ model: createStandInModel(), prompt });
  assert.equal(first.text, second.text);
  assert.equal(first.text, 'I am the stand-in model, so I cannot really answer "why do engineers stream model output". A real model would answer here; I give this same reply every time.');
  assert.equal(first.finishReason, 'stop');
});

test('usage is counted with the tokenizer: the prompt in, the answer out', async () => {
  const result = await generateText({ model, prompt: 'Hello, stand-in!' });
  assert.equal(result.usage.inputTokens, countTokens('Hello, stand-in!'));
  assert.equal(result.usage.outputTokens, countTokens(result.text));
  assert.ok((result.usage.outputTokens ?? 0) > 10);
});

test('the system prompt costs input tokens too', async () => {
  const system = 'You are a terse assistant for an online shop.';
  const result = await generateText({ model, system, prompt: 'Hello' });
  assert.equal(result.usage.inputTokens, countTokens(`${system}\nHello`));
});

test('streaming yields the answer token by token, and the pieces add up to generateText’s answer', async () => {
  const prompt = 'Summarise: Streaming shows text while it is produced. Users read sooner.';
  const deltas: string[] = [];
  const streamed = streamText({ model, prompt });
  for await (const delta of streamed.textStream) deltas.push(delta);
  const generated = await generateText({ model, prompt });
  assert.ok(deltas.length > 3, `expected several deltas, got ${deltas.length}`);
  assert.equal(deltas.length, countTokens(generated.text));
  assert.equal(deltas.join(''), generated.text);
  assert.equal(generated.text, 'Summary: Streaming shows text while it is produced.');
  assert.deepEqual(await streamed.usage, generated.usage);
});

test('a character split across tokens streams whole', async () => {
  const custom = createStandInModel({ rules: [{ name: 'emoji', when: 'emoji', reply: 'Grüße 日本語 😀 done' }] });
  const deltas: string[] = [];
  for await (const delta of streamText({ model: custom, prompt: 'emoji please' }).textStream) deltas.push(delta);
  assert.equal(deltas.join(''), 'Grüße 日本語 😀 done');
  assert.ok(deltas.every((delta) => delta.length > 0 && !delta.includes('\uFFFD')), JSON.stringify(deltas));
});

test('a lab’s own rule comes before the defaults, and can compute its reply', async () => {
  const custom = createStandInModel({
    rules: [
      { name: 'capital', when: /capital of france/i, reply: 'Paris.' },
      { name: 'echo', when: 'echo', reply: (context) => context.input.toUpperCase() },
    ],
  });
  assert.equal((await generateText({ model: custom, prompt: 'What is the capital of France?' })).text, 'Paris.');
  assert.equal((await generateText({ model: custom, prompt: 'echo this' })).text, 'ECHO THIS');
  assert.match((await generateText({ model: custom, prompt: 'Hello' })).text, /^Hello! I am the stand-in model/);
});

test('the rule that answered is the raw finish reason', async () => {
  const result = await generateText({ model, prompt: 'hey there' });
  assert.equal(result.rawFinishReason, 'greeting');
});

test('the default rules classify sentiment by their word lists', async () => {
  assert.equal((await generateText({ model, prompt: 'Classify: the app is great and fast' })).text, 'positive');
  assert.equal((await generateText({ model, prompt: 'Classify: checkout is broken and slow' })).text, 'negative');
  assert.equal((await generateText({ model, prompt: 'Classify: the parcel arrived' })).text, 'neutral');
  assert.deepEqual(
    defaultRules.map((rule) => rule.name),
    ['greeting', 'summarise', 'classify', 'use the tool the question names', 'fallback'],
  );
});

test('maxOutputTokens cuts the answer and says so; a stop sequence ends it', async () => {
  const prompt = 'Why do engineers stream model output?';
  const cut = await generateText({ model, prompt, maxOutputTokens: 5 });
  assert.equal(cut.usage.outputTokens, 5);
  assert.equal(cut.finishReason, 'length');
  assert.ok((await generateText({ model, prompt })).text.startsWith(cut.text));
  const stopped = await generateText({ model, prompt, stopSequences: [','] });
  assert.equal(stopped.text, 'I am the stand-in model');
  assert.equal(stopped.finishReason, 'stop');
});

test('simulated latency slows streaming, and an abort stops it', async () => {
  const slow = createStandInModel({ tokenLatencyMs: 20 });
  const controller = new AbortController();
  const deltas: string[] = [];
  const started = performance.now();
  const result = streamText({ model: slow, prompt: 'Hello', abortSignal: controller.signal });
  for await (const delta of result.textStream) {
    deltas.push(delta);
    if (deltas.length === 3) controller.abort();
  }
  assert.ok(performance.now() - started >= 3 * 20, 'three tokens take at least three delays');
  assert.ok(deltas.length < countTokens('Hello! I am the stand-in model: I answer by fixed rules, so the same question always gets the same answer.'), `${deltas.length} deltas arrived`);
});
