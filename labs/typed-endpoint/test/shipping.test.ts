import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageModel } from 'ai';
import { createStandInModel } from '@ai-roadmap/kit';
import { createHandler } from '../src/handler.ts';
import { createLogger } from '../src/log.ts';

const get = (path: string) => new Request(`http://localhost${path}`);
const post = (body: string, headers: Record<string, string> = {}) => new Request('http://localhost/summarise', { method: 'POST', body, headers });
const good = JSON.stringify({ text: 'Streaming shows the answer while it is written. Users wait less.' });

/** A handler whose log lines are kept, each parsed as the JSON object it must be. */
function loggedHandler(model: LanguageModel | undefined) {
  const lines: string[] = [];
  const handle = createHandler({ model, logger: createLogger((line) => lines.push(line)) });
  const entries = () =>
    lines.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`a log line is not JSON, so a log collector cannot index it: ${line}`);
      }
    });
  return { handle, entries };
}

test('liveness: GET /health/live is 200 whether or not a model is configured', async () => {
  for (const model of [createStandInModel(), undefined]) {
    const response = await loggedHandler(model).handle(get('/health/live'));
    assert.equal(response.status, 200, `with ${model ? 'a model' : 'no model'}: a process that can answer is alive; restarting it would not configure a model`);
  }
});

test('readiness: GET /health/ready is 503 naming the model while none is configured, 200 once one is', async () => {
  const notReady = await loggedHandler(undefined).handle(get('/health/ready'));
  assert.equal(notReady.status, 503);
  assert.deepEqual((await notReady.json()).checks, { model: 'not configured' });
  const ready = await loggedHandler(createStandInModel()).handle(get('/health/ready'));
  assert.equal(ready.status, 200);
  const summarise = await loggedHandler(undefined).handle(post(good));
  assert.equal(summarise.status, 503, 'without a model, POST /summarise is 503 Service Unavailable too, not a crash');
});

test('readiness: the probe never calls the model (every probe would be a paid call)', async () => {
  let calls = 0;
  const standIn = createStandInModel();
  const counted = { ...standIn, doGenerate: (options: Parameters<typeof standIn.doGenerate>[0]) => (calls++, standIn.doGenerate(options)) };
  const response = await loggedHandler(counted).handle(get('/health/ready'));
  assert.equal(response.status, 200);
  assert.equal(calls, 0);
});

test('request id: a valid x-request-id is echoed in the response and is on every log line', async () => {
  const { handle, entries } = loggedHandler(createStandInModel());
  const response = await handle(post(good, { 'x-request-id': 'lb-7f3a.42' }));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('x-request-id'), 'lb-7f3a.42');
  const logged = entries();
  assert.ok(logged.length >= 2, `expected a line for the model call and one for the request, got ${logged.length}`);
  for (const entry of logged) assert.equal(entry.requestId, 'lb-7f3a.42', `a line without the id: ${JSON.stringify(entry)}`);
  const finished = logged.find((entry) => entry.status === 200);
  assert.ok(finished, 'one line should record the request with its status');
  assert.equal(finished.path, '/summarise');
});

test('request id: a missing or unacceptable x-request-id is replaced by a new one', async () => {
  const { handle, entries } = loggedHandler(createStandInModel());
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const ids: string[] = [];
  for (const incoming of [undefined, 'has spaces in it', 'x'.repeat(500)]) {
    const response = await handle(new Request('http://localhost/health/live', { headers: incoming ? { 'x-request-id': incoming } : {} }));
    const id = response.headers.get('x-request-id') ?? '';
    assert.match(id, uuid, `for x-request-id ${JSON.stringify(incoming?.slice(0, 20))}, the response's id should be a new UUID`);
    ids.push(id);
  }
  assert.equal(new Set(ids).size, 3, 'each request needs its own id');
  assert.deepEqual(entries().map((entry) => entry.requestId), ids, 'each request should log one line under its own id');
});

test('request id: a failed model call is logged with the id and the provider\'s error; the caller sees neither the error nor the details', async () => {
  const standIn = createStandInModel();
  const broken = { ...standIn, doGenerate: async () => Promise.reject(new Error('upstream exploded: org-1234')) };
  const { handle, entries } = loggedHandler(broken);
  const response = await handle(post(good, { 'x-request-id': 'req-502' }));
  assert.equal(response.status, 502);
  assert.equal(response.headers.get('x-request-id'), 'req-502', 'the id is on error responses too: that is when someone asks for it');
  assert.doesNotMatch(await response.text(), /org-1234/);
  const failure = entries().find((entry) => entry.level === 'error');
  assert.ok(failure, 'the failure should be logged at level "error"');
  assert.equal(failure.requestId, 'req-502');
  assert.match(String(failure.error), /upstream exploded: org-1234/);
});
