import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { z } from 'zod';
import { createStandInModel } from '../src/index.ts';

function weatherTool(calls: string[]) {
  return tool({
    description: 'Current weather for a city',
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => {
      calls.push(city);
      return { city, celsius: 18 };
    },
  });
}

test('a question that names a tool leads to a tool call, then an answer from its result', async () => {
  const calls: string[] = [];
  const result = await generateText({
    model: createStandInModel(),
    prompt: 'What is the weather in Paris?',
    tools: { getWeather: weatherTool(calls) },
    stopWhen: stepCountIs(2),
  });
  assert.deepEqual(calls, ['Paris']);
  assert.equal(result.steps.length, 2);
  assert.equal(result.steps[0]?.finishReason, 'tool-calls');
  assert.equal(result.text, 'The getWeather tool returned {"city":"Paris","celsius":18}.');
});

test('a lab’s tool rule chooses the tool and its input, and its reply answers after the result', async () => {
  const orders: string[] = [];
  const model = createStandInModel({
    rules: [
      {
        name: 'look up an order',
        when: /order \d+/i,
        toolCall: { toolName: 'getOrder', input: (context) => ({ id: context.input.match(/\d+/)?.[0] }) },
        reply: (context) => `Order status: ${(context.toolResults[0]?.output as { status: string }).status}.`,
      },
    ],
  });
  const result = await generateText({
    model,
    prompt: 'Where is order 42?',
    tools: {
      getOrder: tool({
        inputSchema: z.object({ id: z.string() }),
        execute: async ({ id }) => {
          orders.push(id);
          return { id, status: 'shipped' };
        },
      }),
    },
    stopWhen: stepCountIs(2),
  });
  assert.deepEqual(orders, ['42']);
  assert.equal(result.text, 'Order status: shipped.');
});

test('without the tool on offer, a tool rule is skipped', async () => {
  const model = createStandInModel({ rules: [{ name: 'order', when: 'order', toolCall: { toolName: 'getOrder' } }] });
  const result = await generateText({ model, prompt: 'Where is my order?' });
  assert.equal(result.toolCalls.length, 0);
  assert.equal(result.rawFinishReason, 'fallback');
});

test('a streamed tool call streams its input, then runs the tool', async () => {
  const calls: string[] = [];
  const result = streamText({
    model: createStandInModel(),
    prompt: 'What is the weather in Rome?',
    tools: { getWeather: weatherTool(calls) },
    stopWhen: stepCountIs(2),
  });
  const inputDeltas: string[] = [];
  for await (const part of result.fullStream) if (part.type === 'tool-input-delta') inputDeltas.push(part.delta);
  assert.equal(inputDeltas.join(''), '{"city":"Rome"}');
  assert.deepEqual(calls, ['Rome']);
  assert.equal(await result.text, 'The getWeather tool returned {"city":"Rome","celsius":18}.');
});

test('toolChoice is honoured: none answers in text, a named tool is called', async () => {
  const calls: string[] = [];
  const model = createStandInModel();
  const tools = { getWeather: weatherTool(calls) };
  const none = await generateText({ model, prompt: 'What is the weather in Paris?', tools, toolChoice: 'none' });
  assert.equal(none.toolCalls.length, 0);
  const forced = await generateText({ model, prompt: 'Hello from Madrid', tools, toolChoice: { type: 'tool', toolName: 'getWeather' } });
  assert.deepEqual(forced.toolCalls.map((call) => call.input), [{ city: 'Madrid' }]);
  assert.deepEqual(calls, ['Madrid']);
});
