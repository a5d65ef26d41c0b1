import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embed, generateText, stepCountIs, streamText, tool } from 'ai';
import { z } from 'zod';
import { createStandInModel, getEmbeddingModel, getModel, onUsage, type UsageEvent } from '../src/index.ts';
import { countTokens } from '../src/tokens.ts';
import { clearLabEnvironment } from './support/environment.ts';

clearLabEnvironment();

type Hooked = typeof globalThis & { __aiRoadmapUsage?: unknown };

test('every call reports its usage to listeners and to the page’s hook', async () => {
  const events: UsageEvent[] = [];
  const hooked: UsageEvent[] = [];
  (globalThis as Hooked).__aiRoadmapUsage = (event: UsageEvent) => hooked.push(event);
  const stop = onUsage((event) => events.push(event));
  try {
    const generated = await generateText({ model: getModel(), prompt: 'Hello' });
    const streamed = streamText({ model: createStandInModel({ modelId: 'tiny' }), prompt: 'Summarise: one. two.' });
    await streamed.consumeStream();
    await embed({ model: getEmbeddingModel(), value: 'retrieval' });
    assert.deepEqual(events, [
      { provider: 'stand-in', modelId: 'stand-in', inputTokens: countTokens('Hello'), outputTokens: countTokens(generated.text), kind: 'text' },
      { provider: 'stand-in', modelId: 'tiny', inputTokens: countTokens('Summarise: one. two.'), outputTokens: countTokens('Summary: one.'), kind: 'text' },
      { provider: 'stand-in', modelId: 'hashed-ngram-3gram-256d', inputTokens: countTokens('retrieval'), outputTokens: 0, kind: 'embedding' },
    ]);
    assert.deepEqual(hooked, events);
  } finally {
    stop();
    delete (globalThis as Hooked).__aiRoadmapUsage;
  }
});

test('each step of a multi-step call reports once, and unsubscribing stops the reports', async () => {
  const events: UsageEvent[] = [];
  const stop = onUsage((event) => events.push(event));
  const weather = tool({ inputSchema: z.object({ city: z.string() }), execute: async ({ city }) => ({ city, celsius: 18 }) });
  const result = await generateText({ model: getModel(), prompt: 'Weather in Oslo?', tools: { getWeather: weather }, stopWhen: stepCountIs(2) });
  stop();
  await generateText({ model: getModel(), prompt: 'Hello' });
  assert.equal(result.steps.length, 2);
  assert.deepEqual(
    events.map((event) => [event.inputTokens, event.outputTokens]),
    result.steps.map((step) => [step.usage.inputTokens, step.usage.outputTokens]),
  );
});
