/**
 * Yields the `data` payload of each server-sent event in a byte stream
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 * A network chunk can end anywhere: mid-line, between the CR and LF of a CRLF,
 * or mid-way through a UTF-8 character.
 */
export async function* serverSentEvents(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  try {
    while (true) {
      const { value, done } = await reader.read();
      // { stream: true } keeps a half-received multi-byte character for the next chunk.
      if (!done) buffer += decoder.decode(value, { stream: true });
      let end: RegExpExecArray | null;
      while ((end = /\r\n|\r|\n/.exec(buffer))) {
        // A CR that ends the buffer may be the first half of a CRLF split across
        // two chunks: wait for the next chunk (unless there is none).
        if (!done && end[0] === '\r' && end.index === buffer.length - 1) break;
        const line = buffer.slice(0, end.index);
        buffer = buffer.slice(end.index + end[0].length);
        if (line === '') {
          if (data.length > 0) yield data.join('\n');
          data = [];
        } else if (line.startsWith('data:')) {
          data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
        }
        // Comments (":…") and other fields (event, id, retry) are not needed here.
      }
      // At the end, an event without its closing blank line is incomplete, and the
      // spec says to discard it: what is left in `data` and `buffer` is dropped.
      if (done) break;
    }
  } finally {
    reader.releaseLock();
  }
}
