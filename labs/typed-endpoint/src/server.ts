// For running on your machine only (npm run serve): serves the same handler
// with Node's http module on http://localhost:3000. The tests and main.ts call
// the handler directly, so this file is not needed in the page.
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { getModel } from '@ai-roadmap/kit';
import { createHandler } from './handler.ts';

const handle = createHandler({ model: getModel() });

createServer(async (incoming, outgoing) => {
  // The body is passed on as a stream, not buffered here: the handler's size
  // limit can then stop reading a huge upload part of the way in.
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  const request = new Request(`http://localhost${incoming.url}`, {
    method: incoming.method,
    headers: incoming.headers as Record<string, string>,
    ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' as const } : {}),
  });
  const response = await handle(request);
  // When the handler stopped reading early (a 413), close the connection
  // rather than leave the rest of the upload waiting on it.
  const unread = !incoming.complete;
  outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), ...(unread ? { connection: 'close' } : {}) });
  outgoing.end(await response.text(), () => {
    if (unread) incoming.destroy();
  });
// 127.0.0.1, not every interface: a lab's server is for this machine, not the network.
}).listen(3000, '127.0.0.1', () => console.log('POST http://127.0.0.1:3000/summarise {"text": "..."}'));
