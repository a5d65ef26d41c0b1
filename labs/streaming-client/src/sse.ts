/**
 * Yields the `data` payload of each server-sent event in a byte stream
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 */
export async function* serverSentEvents(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = stream.getReader();
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      // TODO: this treats every chunk as if it held whole lines. It does not:
      // a chunk can end mid-line, or mid-way through a UTF-8 character.
      //  - keep one TextDecoder and decode with { stream: true };
      //  - keep the unfinished last line in a buffer until its end arrives;
      //  - an event ends at a blank line; join several "data:" lines with "\n";
      //  - lines may end in "\n", "\r\n" or "\r", and a chunk can end between
      //    the "\r" and the "\n" of one "\r\n"; ignore comments (":…");
      //  - when the stream ends, drop an event that has no closing blank line.
      for (const line of new TextDecoder().decode(value).split('\n')) {
        if (line.startsWith('data: ')) yield line.slice(6);
      }
    }
  } finally {
    reader.releaseLock();
  }
}
