/** The body as text, or `tooLarge` when it has more than the limit's bytes. */
export type BodyResult = { text: string } | { tooLarge: true };

/**
 * Reads a request body, but never more than `maxBytes` of it. A Content-Length
 * over the limit is refused before a byte is read; a body without one (or one
 * that lies) is counted while it streams in, and reading stops as soon as the
 * count passes the limit. So a 5 MB upload costs at most `maxBytes` of memory.
 */
export async function readBody(request: Pick<Request, 'headers' | 'body'>, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return { tooLarge: true };
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) return { text: text + decoder.decode() };
      size += value.byteLength;
      if (size > maxBytes) return { tooLarge: true };
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    // Stop here; the rest of the body is never read. (Not cancel(): on a Node
    // server that would destroy the socket before the 413 can be sent.)
    reader.releaseLock();
  }
}
