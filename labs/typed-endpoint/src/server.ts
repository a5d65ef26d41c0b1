// For running on your machine only (npm run serve): serves the same handler
// with Node's http module on http://localhost:3000. The tests and main.ts call
// the handler directly, so this file is not needed in the page.
import { createServer } from 'node:http';
import { getModel } from '@ai-roadmap/kit';
import { createHandler } from './handler.ts';

const handle = createHandler({ model: getModel() });

createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const request = new Request(`http://localhost${incoming.url}`, {
    method: incoming.method,
    headers: incoming.headers as Record<string, string>,
    ...(incoming.method === 'GET' || incoming.method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
  });
  const response = await handle(request);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(await response.text());
}).listen(3000, () => console.log('POST http://localhost:3000/summarise {"text": "..."}'));
