// For running on your machine only (npm run serve), or in the image the Dockerfile
// builds: serves the same handler with Node's http module. The tests and main.ts
// call the handler directly, so this file is not needed in the page.
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import type { LanguageModel } from 'ai';
import { getModel } from '@ai-roadmap/kit';
import { createHandler } from './handler.ts';
import { createLogger, describeError } from './log.ts';

const logger = createLogger();
// 127.0.0.1 by default, not every interface: a lab's server is for this machine, not the
// network. In a container, HOST=0.0.0.0 (the Dockerfile sets it), or no one can reach it.
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);

// A provider that is not configured (LAB_PROVIDER without LAB_API_KEY, say) does not stop
// the server: it starts, stays live, and answers 503 on /health/ready until it is fixed.
let model: LanguageModel | undefined;
try {
  model = getModel();
} catch (error) {
  logger.error('no model configured', { error: describeError(error) });
}
const handle = createHandler({ model, logger });

const server = createServer(async (incoming, outgoing) => {
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
}).listen(port, host, () => logger.info('listening', { url: `http://${host}:${port}`, ready: model !== undefined }));

// `docker stop` and Kubernetes send SIGTERM, then SIGKILL a grace period later. As the
// container's first process, Node gets no default handler for it, so without this one
// it would wait out the grace period. Finish the requests in flight, then exit.
process.on('SIGTERM', () => {
  logger.info('SIGTERM: finishing requests in flight');
  server.close(() => process.exit(0));
});
