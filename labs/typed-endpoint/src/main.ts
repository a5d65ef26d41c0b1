import { getModel } from '@ai-roadmap/kit';
import { createHandler } from './handler.ts';
import { createLogger } from './log.ts';

// The log lines go to the console too, indented, just above the answer to the request that wrote them.
const logger = createLogger((line) => console.log(`    log ${line}`));
const handle = createHandler({ model: getModel(), logger });
const notReady = createHandler({ model: undefined, logger }); // as if no provider were configured
const post = (body: string, path = '/summarise', headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const get = (path: string) => new Request(`http://localhost${path}`);

const examples: Array<[string, Request, typeof handle?]> = [
  ['a good request, with the id a load balancer gave it', post(JSON.stringify({ text: 'Streaming shows the answer while it is written. Users wait less.', maxWords: 12 }), '/summarise', { 'x-request-id': 'lb-7f3a.42' })],
  ['not JSON', post('{"text": ')],
  ['an empty text and a bad maxWords', post(JSON.stringify({ text: '', maxWords: 1000 }))],
  ['a misspelt field', post(JSON.stringify({ text: 'Streaming shows the answer while it is written.', maxWord: 12 }))],
  ['a 30,000-byte body', post(JSON.stringify({ text: 'x'.repeat(30_000) }))],
  ['the wrong method', new Request('http://localhost/summarise', { method: 'GET' })],
  ['the wrong path', post('{}', '/summarize')],
  ['liveness', get('/health/live')],
  ['readiness', get('/health/ready')],
  ['readiness, with no model configured', get('/health/ready'), notReady],
];

console.log(`${examples.length} requests; each answer follows its log lines (times and generated ids change from run to run).`);
const ids: string[] = [];
for (const [label, request, handler = handle] of examples) {
  try {
    const response = await handler(request);
    const id = response.headers.get('x-request-id');
    if (id) ids.push(id);
    console.log(`${label}: ${response.status} ${await response.text()}  (x-request-id: ${id})`);
  } catch (error) {
    console.log(`${label}: the handler threw instead of answering: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`${ids.length} of ${examples.length} answers carried an x-request-id, ${new Set(ids).size} of them distinct.`);
