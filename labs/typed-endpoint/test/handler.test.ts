import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStandInModel } from '@ai-roadmap/kit';
import { createHandler } from '../src/handler.ts';

const handle = createHandler({ model: createStandInModel() });
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
});

test('the wrong method is a 405 with an Allow header; the wrong path is a 404', async () => {
  const wrongMethod = await handle(new Request('http://localhost/summarise', { method: 'GET' }));
  assert.equal(wrongMethod.status, 405);
  assert.equal(wrongMethod.headers.get('allow'), 'POST');
  assert.equal((await handle(post(good, '/summarize'))).status, 404);
});

test('a body over the limit is a 413', async () => {
  const small = createHandler({ model: createStandInModel(), maxBodyBytes: 100 });
  assert.equal((await small(post(JSON.stringify({ text: 'x'.repeat(200) })))).status, 413);
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
  const slow = createHandler({ model: slowModel, timeoutMs: 30 });
  assert.equal((await slow(post(good))).status, 504);
});

test('a model that fails gives a 502', async () => {
  const failing = createStandInModel();
  const broken = { ...failing, doGenerate: async () => Promise.reject(new Error('upstream exploded')) };
  assert.equal((await createHandler({ model: broken })(post(good))).status, 502);
});
