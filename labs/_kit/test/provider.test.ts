import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embed, generateText, streamText } from 'ai';
import { getEmbeddingModel, getModel, onUsage, settingsFromEnvironment, type UsageEvent } from '../src/index.ts';
import { clearLabEnvironment, refuseNetwork, withLabEnvironment } from './support/environment.ts';

clearLabEnvironment();
refuseNetwork();

interface Seen {
  path: string | undefined;
  authorization: string | undefined;
  body: { model?: string; stream?: boolean; messages?: unknown[]; input?: unknown };
}

/**
 * A local server on 127.0.0.1 that speaks OpenAI's chat-completions format:
 * streaming (server-sent events: `data: {chunk}` with choices[0].delta.content,
 * a last chunk with usage, then `data: [DONE]`) and not, plus its embeddings
 * format. Nothing reaches the network.
 */
async function fakeOpenAI(pieces: string[]) {
  const seen: Seen[] = [];
  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const body = JSON.parse(text) as Seen['body'];
    seen.push({ path: request.url, authorization: request.headers.authorization, body });
    if (request.url?.endsWith('/embeddings')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.6, 0.8] }], model: body.model, usage: { prompt_tokens: 2, total_tokens: 2 } }));
      return;
    }
    const usage = { prompt_tokens: 11, completion_tokens: 3, total_tokens: 14 };
    if (!body.stream) {
      response.writeHead(200, { 'content-type': 'application/json' });
      const message = { role: 'assistant', content: pieces.join('') };
      response.end(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 0, model: body.model, choices: [{ index: 0, message, finish_reason: 'stop' }], usage }));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const send = (payload: object) => response.write(`data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 0, model: body.model, ...payload })}\n\n`);
    for (const content of pieces) send({ choices: [{ index: 0, delta: { role: 'assistant', content }, finish_reason: null }] });
    send({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
    send({ choices: [], usage });
    response.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseURL: `http://127.0.0.1:${port}/v1`, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test('openai-compatible streams from the endpoint, sending the key and the model name', async (t) => {
  const fake = await fakeOpenAI(['Hello', ' from', ' the fake']);
  t.after(fake.close);
  const events: UsageEvent[] = [];
  t.after(onUsage((event) => events.push(event)));
  const model = getModel({ provider: 'openai-compatible', baseURL: fake.baseURL, apiKey: 'sk-test', model: 'fake-model' });
  const deltas: string[] = [];
  for await (const delta of streamText({ model, prompt: 'Say hello' }).textStream) deltas.push(delta);
  assert.deepEqual(deltas, ['Hello', ' from', ' the fake']);
  assert.equal(fake.seen.length, 1);
  assert.equal(fake.seen[0]?.path, '/v1/chat/completions');
  assert.equal(fake.seen[0]?.authorization, 'Bearer sk-test');
  assert.equal(fake.seen[0]?.body.model, 'fake-model');
  assert.equal(fake.seen[0]?.body.stream, true);
  assert.deepEqual(fake.seen[0]?.body.messages?.at(-1), { role: 'user', content: 'Say hello' });
  assert.deepEqual(events, [{ provider: 'openai-compatible.chat', modelId: 'fake-model', inputTokens: 11, outputTokens: 3, kind: 'text' }]);
});

test('the LAB_* environment variables choose the provider when no settings are passed', async (t) => {
  const fake = await fakeOpenAI(['from the environment']);
  t.after(fake.close);
  const text = await withLabEnvironment(
    { LAB_PROVIDER: 'openai-compatible', LAB_BASE_URL: fake.baseURL, LAB_MODEL: 'env-model', LAB_API_KEY: 'sk-env' },
    async () => (await generateText({ model: getModel(), prompt: 'hi' })).text,
  );
  assert.equal(text, 'from the environment');
  assert.equal(fake.seen[0]?.authorization, 'Bearer sk-env');
  assert.equal(fake.seen[0]?.body.model, 'env-model');
});

test('settings passed to getModel win over the environment', async () => {
  const model = await withLabEnvironment({ LAB_PROVIDER: 'anthropic', LAB_MODEL: 'claude-haiku-4-5' }, () => getModel({ provider: 'stand-in' }));
  assert.equal(model.provider, 'stand-in');
});

test('missing settings are errors that name their environment variable', async () => {
  await withLabEnvironment({ LAB_PROVIDER: 'openai-compatible' }, () => {
    assert.throws(() => getModel(), /LAB_PROVIDER=openai-compatible needs LAB_MODEL to be set/);
  });
  await withLabEnvironment({ LAB_PROVIDER: 'openai-compatible', LAB_MODEL: 'gpt-5-mini' }, () => {
    assert.throws(() => getModel(), /LAB_PROVIDER=openai-compatible needs LAB_API_KEY to be set/);
  });
  await withLabEnvironment({ LAB_PROVIDER: 'anthropic', LAB_MODEL: 'claude-haiku-4-5' }, () => {
    assert.throws(() => getModel(), /LAB_PROVIDER=anthropic needs LAB_API_KEY to be set/);
  });
  assert.throws(() => getModel({ provider: 'anthropic' }), /LAB_PROVIDER=anthropic needs LAB_MODEL/);
  await withLabEnvironment({ LAB_PROVIDER: 'skynet' }, () => {
    assert.throws(() => getModel(), /Unknown LAB_PROVIDER "skynet": use one of stand-in, openai-compatible, anthropic/);
    assert.throws(() => getEmbeddingModel(), /Unknown LAB_PROVIDER "skynet"/);
  });
});

test('a local endpoint (Ollama, vLLM) needs no key', async (t) => {
  const fake = await fakeOpenAI(['ok']);
  t.after(fake.close);
  const result = streamText({ model: getModel({ provider: 'openai-compatible', baseURL: fake.baseURL, model: 'llama3.2' }), prompt: 'hi' });
  assert.equal(await result.text, 'ok');
  assert.equal(fake.seen[0]?.authorization, undefined);
});

test('anthropic is built from the key and the model name; here its request is refused before the network', async () => {
  const model = getModel({ provider: 'anthropic', model: 'claude-haiku-4-5', apiKey: 'sk-ant-test' });
  assert.equal(model.provider, 'anthropic.messages');
  assert.equal(model.modelId, 'claude-haiku-4-5');
  await assert.rejects(generateText({ model, prompt: 'hi', maxRetries: 0 }), /tried to reach the network: https:\/\/api\.anthropic\.com\/v1\/messages/);
});

/**
 * A local stand-in for api.anthropic.com: fetch calls to that host are sent to
 * a server on 127.0.0.1 that answers in the Messages API format and records
 * each request's headers.
 */
async function fakeAnthropic(t: { after(fn: () => unknown): void }) {
  const seen: Array<{ path: string | undefined; headers: Record<string, string | string[] | undefined> }> = [];
  const server = createServer(async (request, response) => {
    for await (const _ of request);
    seen.push({ path: request.url, headers: request.headers });
    response.writeHead(200, { 'content-type': 'application/json' });
    const content = [{ type: 'text', text: 'hello from the fake' }];
    response.end(JSON.stringify({ id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-haiku-4-5', content, stop_reason: 'end_turn', usage: { input_tokens: 5, output_tokens: 4 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.host !== 'api.anthropic.com') return networkFetch(input, init);
    return networkFetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, init);
  };
  t.after(() => {
    globalThis.fetch = networkFetch;
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return seen;
}

test('anthropic requests carry the header that lets a browser call the API directly', async (t) => {
  const seen = await fakeAnthropic(t);
  const { text } = await generateText({ model: getModel({ provider: 'anthropic', model: 'claude-haiku-4-5', apiKey: 'sk-ant-test' }), prompt: 'hi', maxRetries: 0 });
  assert.equal(text, 'hello from the fake');
  assert.equal(seen.length, 1);
  assert.equal(seen[0]?.path, '/v1/messages');
  assert.equal(seen[0]?.headers['anthropic-dangerous-direct-browser-access'], 'true');
  assert.equal(seen[0]?.headers['x-api-key'], 'sk-ant-test');
});

test('an Anthropic key never goes to a base URL left over from another provider', async (t) => {
  const fake = await fakeOpenAI(['should not be asked']);
  t.after(fake.close);
  const environment = { LAB_PROVIDER: 'anthropic', LAB_MODEL: 'claude-haiku-4-5', LAB_API_KEY: 'sk-ant-secret', LAB_BASE_URL: fake.baseURL };
  await withLabEnvironment(environment, async () => {
    await assert.rejects(generateText({ model: getModel(), prompt: 'hi', maxRetries: 0 }), /tried to reach the network: https:\/\/api\.anthropic\.com\/v1\/messages/);
  });
  const passed = getModel({ provider: 'anthropic', model: 'claude-haiku-4-5', apiKey: 'sk-ant-secret', baseURL: fake.baseURL });
  await assert.rejects(generateText({ model: passed, prompt: 'hi', maxRetries: 0 }), /https:\/\/api\.anthropic\.com\/v1\/messages/);
  assert.equal(fake.seen.length, 0);
});

test('the settings can come from LAB_* environment variables', () => {
  assert.deepEqual(settingsFromEnvironment({ LAB_PROVIDER: 'anthropic', LAB_MODEL: 'claude-haiku-4-5', LAB_API_KEY: 'k', LAB_BASE_URL: 'http://x' }), {
    provider: 'anthropic',
    model: 'claude-haiku-4-5',
    apiKey: 'k',
    baseURL: 'http://x',
  });
  assert.deepEqual(settingsFromEnvironment({}), {});
});

test('without settings, both models are the offline stand-ins', () => {
  assert.equal(getModel().provider, 'stand-in');
  assert.equal(getEmbeddingModel().provider, 'stand-in');
});

test('openai-compatible embeddings go to the endpoint’s /embeddings', async (t) => {
  const fake = await fakeOpenAI([]);
  t.after(fake.close);
  const model = getEmbeddingModel({ provider: 'openai-compatible', baseURL: fake.baseURL, apiKey: 'sk-test', embeddingModel: 'fake-embed' });
  const { embedding } = await embed({ model, value: 'hello' });
  assert.deepEqual(embedding, [0.6, 0.8]);
  assert.equal(fake.seen[0]?.path, '/v1/embeddings');
  assert.equal(fake.seen[0]?.body.model, 'fake-embed');
});
