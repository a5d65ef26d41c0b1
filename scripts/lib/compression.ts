// Compression for npm run serve, as every static host does it: brotli where the
// browser takes it, else gzip, for text and WebAssembly. Each compressed copy is
// made once and kept while the file is unchanged.
import { stat, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const compressibleType = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg\+xml)/;
export const isCompressible = (contentType: string): boolean => compressibleType.test(contentType);

/** The encoding to answer with, from the request's Accept-Encoding: brotli first, then gzip. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
      const quality = parameters.map((parameter) => /^\s*q=([\d.]+)/.exec(parameter)?.[1]).find(Boolean);
      return [name.trim(), quality === undefined ? 1 : Number(quality)] as const;
    }),
  );
  const takes = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return undefined;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const cache = new Map<string, { version: string; body: Promise<Buffer> }>();

/** The file's content in that encoding. Quality 6: most of brotli's gain at a small part of its cost. */
export async function compressedFile(file: string, encoding: Encoding): Promise<Buffer> {
  const info = await stat(file);
  const key = `${encoding} ${file}`;
  const version = `${info.mtimeMs} ${info.size}`;
  const cached = cache.get(key);
  if (cached?.version === version) return cached.body;
  const body = readFile(file).then((content) =>
    encoding === 'br' ? brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }) : gzipAsync(content, { level: 6 }),
  );
  cache.set(key, { version, body });
  body.catch(() => cache.delete(key));
  return body;
}
