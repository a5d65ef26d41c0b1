import { getModel } from '@ai-roadmap/kit';
import { createHandler } from './handler.ts';

const handle = createHandler({ model: getModel() });
const post = (body: string, path = '/summarise') => new Request(`http://localhost${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

const examples: Array<[string, Request]> = [
  ['a good request', post(JSON.stringify({ text: 'Streaming shows the answer while it is written. Users wait less.', maxWords: 12 }))],
  ['not JSON', post('{"text": ')],
  ['an empty text and a bad maxWords', post(JSON.stringify({ text: '', maxWords: 1000 }))],
  ['a misspelt field', post(JSON.stringify({ text: 'Streaming shows the answer while it is written.', maxWord: 12 }))],
  ['a 30,000-byte body', post(JSON.stringify({ text: 'x'.repeat(30_000) }))],
  ['the wrong method', new Request('http://localhost/summarise', { method: 'GET' })],
  ['the wrong path', post('{}', '/summarize')],
];

for (const [label, request] of examples) {
  try {
    const response = await handle(request);
    console.log(`${label}: ${response.status} ${await response.text()}`);
  } catch (error) {
    console.log(`${label}: the handler threw instead of answering: ${error instanceof Error ? error.message : String(error)}`);
  }
}
