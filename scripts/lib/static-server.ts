import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { immutableCaching, immutableFolders, isolationHeaders, securityHeaders } from '../../src/book/headers.ts';
import { decodeUrlPath } from './url-path.ts';
import { chooseEncoding, compressedFile, isCompressible } from './compression.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServeOptions {
  root: string;
  port?: number;
  host?: string;
  /** Send COOP/COEP (default true). Tests turn it off to prove the book works without isolation. */
  isolate?: boolean;
  /** Answers a path before the files do (the PDF while `npm start` makes it); undefined falls through to the files. */
  answer?: (urlPath: string) => Answer | undefined;
}

/** A response made on the spot, sent with the same headers as a file; Content-Type defaults to HTML. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Maps a URL path to a file under root, or undefined when it would escape root or is not valid percent-encoding. */
export function resolvePath(root: string, urlPath: string): string | undefined {
  const decoded = decodeUrlPath(urlPath.split(/[?#]/)[0] ?? '/');
  if (decoded === undefined) return undefined;
  const base = resolve(root);
  const candidate = normalize(join(base, decoded));
  return candidate === base || candidate.startsWith(base + sep) ? candidate : undefined;
}

async function findFile(path: string): Promise<string | undefined> {
  for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/** A small static server for dist/: used by `npm start`, Playwright and the PDF export. */
export function serveStatic({ root, port = 4321, host = '127.0.0.1', isolate = true, answer }: ServeOptions): Promise<RunningServer> {
  const server = createServer(async (request, response) => {
    const headers: Record<string, string> = {
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-cache',
      ...securityHeaders,
      ...(isolate ? isolationHeaders : {}),
    };
    const made = answer?.((request.url ?? '/').split(/[?#]/)[0] ?? '/');
    if (made) {
      response.writeHead(made.status, { ...headers, 'Content-Type': 'text/html; charset=utf-8', ...made.headers });
      response.end(request.method === 'HEAD' ? undefined : made.body);
      return;
    }
    const path = resolvePath(root, request.url ?? '/');
    const file = path && (await findFile(path));
    if (!file) {
      const notFound = await findFile(join(root, '404.html'));
      response.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const immutable = immutableFolders.some((folder) => (request.url ?? '').startsWith(folder));
    const found = { ...headers, ...(immutable ? immutableCaching : {}), 'Content-Type': type };
    const encoding = isCompressible(type) ? chooseEncoding(request.headers['accept-encoding']) : undefined;
    if (!encoding) {
      response.writeHead(200, found);
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
      return;
    }
    const body = await compressedFile(file, encoding);
    response.writeHead(200, { ...found, 'Content-Encoding': encoding, 'Content-Length': String(body.length), Vary: 'Accept-Encoding' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
