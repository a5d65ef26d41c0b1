import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface LocalServer {
  /** http://127.0.0.1:<port>, the server's origin. */
  origin: string;
  /** Every request that reached it, preflights included. */
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A server on 127.0.0.1 that any origin may call (CORS answered for the
 * opaque origin too, credentials allowed) and that records what reaches it.
 * It speaks just enough of OpenAI's chat-completions format for the kit, and
 * echoes the Cookie header on any other path.
 */
export async function startLocalServer(answer = 'hello from the local endpoint'): Promise<LocalServer> {
  const seen: SeenRequest[] = [];
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    seen.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers });
    const cors = {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
    };
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    if (request.url?.endsWith('/chat/completions')) {
      const { model } = JSON.parse(body) as { model?: string };
      const message = { role: 'assistant', content: answer };
      const usage = { prompt_tokens: 7, completion_tokens: 5, total_tokens: 12 };
      response.writeHead(200, { ...cors, 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 0, model, choices: [{ index: 0, message, finish_reason: 'stop' }], usage }));
    }
    response.writeHead(200, { ...cors, 'content-type': 'text/plain' });
    response.end(`cookie=${request.headers.cookie ?? '(none)'}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
