import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APICallError, type LanguageModel } from 'ai';
import { createStandInModel } from '@ai-roadmap/kit';
import { createHandler } from '../src/handler.ts';
import { readBody } from '../src/body.ts';
import { createLogger } from '../src/log.ts';

/** A handler whose log lines go nowhere: these tests look at responses; test/shipping.test.ts looks at the logs. */
const quietHandler = (model: LanguageModel, options: { timeoutMs?: number; maxBodyBytes?: number } = {}) =>
  createHandler({ model, logger: createLogger(() => {}), ...options });
const handle = quietHandler(createStandInModel());
const post = (body: string, path = '/summarise') => new Request(`http://localhost${path}`, { method: 'POST', body });
const good = JSON.stringify({ text: 'Streaming shows the answer while it is written. Users wait less.' });

test('a valid request gets 200 with the summary and the token usage', async () => {
  const response = await handle(post(good));
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.match(body.summary, /^Summary: /);
  assert.ok(body.usage.inputTokens > 0 && body.usage.outputTokens > 0);
});

test('a body that is not JSON is a 400', async () => {
  assert.equal((await handle(post('{"text": '))).status, 400);
});

test('a body that fails the schema is a 422 naming each field', async () => {
  const response = await handle(post(JSON.stringify({ text: '', maxWords: 1000, extra: true })));
  assert.equal(response.status, 422);
  const { issues } = await response.json();
  const paths = issues.map((issue: { path: string }) => issue.path);
  assert.ok(paths.includes('text'), `issues: ${JSON.stringify(issues)}`);
  assert.ok(paths.includes('maxWords'), `issues: ${JSON.stringify(issues)}`);
  assert.ok(paths.includes('extra'), `the unknown field should be named: ${JSON.stringify(issues)}`);
});

test('a misspelt field is reported under its own name, not ignored', async () => {
  const response = await handle(post(JSON.stringify({ text: 'hello', maxWord: 10 })));
  assert.equal(response.status, 422);
  const { issues } = await response.json();
  assert.deepEqual(issues.map((issue: { path: string }) => issue.path), ['maxWord']);
});

test('the wrong method is a 405 with an Allow header; the wrong path is a 404', async () => {
  const wrongMethod = await handle(new Request('http://localhost/summarise', { method: 'GET' }));
  assert.equal(wrongMethod.status, 405);
  assert.equal(wrongMethod.headers.get('allow'), 'POST');
  assert.equal((await handle(post(good, '/summarize'))).status, 404);
});

test('a body over the limit is a 413', async () => {
  const small = quietHandler(createStandInModel(), { maxBodyBytes: 100 });
  assert.equal((await small(post(JSON.stringify({ text: 'x'.repeat(200) })))).status, 413);
});

/** A body of `chunks` chunks of 100 bytes each, made only when read, that counts how many were read. */
function countedBody(chunks: number) {
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (counter.pulled === chunks) return controller.close();
        counter.pulled++;
        controller.enqueue(new Uint8Array(100).fill(0x61));
      },
    },
    { highWaterMark: 0 }, // no chunk is made before someone reads
  );
  return { body, counter };
}

test('a Content-Length over the limit is refused before a byte of the body is read', async () => {
  const { body, counter } = countedBody(50_000);
  const result = await readBody({ headers: new Headers({ 'content-length': '5000000' }), body }, 1_000);
  assert.deepEqual(result, { tooLarge: true });
  assert.equal(counter.pulled, 0, 'nothing should be read when the declared length is already too big');
});

test('a body without Content-Length stops being read as soon as it passes the limit', async () => {
  const { body, counter } = countedBody(50_000); // 5 MB if read to the end
  const result = await readBody({ headers: new Headers(), body }, 1_000);
  assert.deepEqual(result, { tooLarge: true });
  assert.ok(counter.pulled <= 11, `read ${counter.pulled} chunks of 100 bytes for a 1,000-byte limit`);
});

test('a body within the limit is read whole, multi-byte characters included', async () => {
  const text = JSON.stringify({ text: 'Café ☕ naïve. '.repeat(5) });
  const result = await readBody(post(text), 1_000);
  assert.deepEqual(result, { text });
});

test('a model that is too slow gives a 504', async () => {
  // A model that takes two seconds to answer, unless the call is aborted first.
  const standIn = createStandInModel();
  const slowModel = {
    ...standIn,
    doGenerate: (options: Parameters<typeof standIn.doGenerate>[0]) =>
      new Promise<Awaited<ReturnType<typeof standIn.doGenerate>>>((resolve, reject) => {
        const timer = setTimeout(() => resolve(standIn.doGenerate(options)), 2_000);
        options.abortSignal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(options.abortSignal?.reason);
        }, { once: true });
      }),
  };
  const slow = quietHandler(slowModel, { timeoutMs: 30 });
  assert.equal((await slow(post(good))).status, 504);
});

test('a model that fails gives a 502', async () => {
  const failing = createStandInModel();
  const broken = { ...failing, doGenerate: async () => Promise.reject(new Error('upstream exploded')) };
  assert.equal((await quietHandler(broken)(post(good))).status, 502);
});

test('a model that answers with empty text gives a 502: an empty answer is not a summary', async () => {
  const silent = createStandInModel({ rules: [{ name: 'say nothing', when: /./, reply: '' }] });
  const response = await quietHandler(silent)(post(good));
  assert.equal(response.status, 502);
});

test('a model that fails is called once: the handler leaves retries to its caller', async () => {
  // A provider's 503 that the AI SDK counts as retryable, with a retry-after-ms of 0 so
  // that a retry, if one is made, comes at once rather than after the SDK's 2 s backoff.
  let calls = 0;
  const standIn = createStandInModel();
  const overloaded = {
    ...standIn,
    doGenerate: async () => {
      calls++;
      throw new APICallError({ message: 'Service Unavailable', url: 'https://provider.example/v1', requestBodyValues: {}, statusCode: 503, responseHeaders: { 'retry-after-ms': '0' }, isRetryable: true });
    },
  };
  const response = await quietHandler(overloaded)(post(good));
  assert.equal(response.status, 502);
  assert.equal(calls, 1, `the model was called ${calls} times for one request: the AI SDK retries twice unless maxRetries says otherwise, and the caller of a 502 retries too`);
});
