/** The body as text, or `tooLarge` when it has more than the limit's bytes. */
export type BodyResult = { text: string } | { tooLarge: true };

/** Reads a request body, but never more than `maxBytes` of it. */
export async function readBody(request: Pick<Request, 'headers' | 'body'>, maxBytes: number): Promise<BodyResult> {
  // TODO: this reads the whole body first, however large, so the limit comes too
  // late: a 5 MB upload is already in memory. Instead:
  //  - if the content-length header says more than maxBytes → { tooLarge: true },
  //    without reading anything;
  //  - otherwise read request.body chunk by chunk (getReader()), counting bytes,
  //    and return { tooLarge: true } as soon as the count passes maxBytes;
  //  - decode the bytes with one TextDecoder ({ stream: true }) into the text.
  const text = await new Response(request.body).text();
  return new TextEncoder().encode(text).length > maxBytes ? { tooLarge: true } : { text };
}
