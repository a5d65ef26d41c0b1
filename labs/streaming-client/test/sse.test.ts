import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverSentEvents } from '../src/sse.ts';

function streamOf(text: string, chunkSize: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

async function collect(text: string, chunkSize = 1024): Promise<string[]> {
  const payloads: string[] = [];
  for await (const data of serverSentEvents(streamOf(text, chunkSize))) payloads.push(data);
  return payloads;
}

/** A stream that delivers exactly these chunks. */
function chunksOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

test('each event’s data is yielded when the stream arrives in one chunk', async () => {
  assert.deepEqual(await collect('data: one\n\ndata: two\n\n'), ['one', 'two']);
});

test('lines split across chunks are put back together, whatever the chunk size', async () => {
  const body = 'data: {"text":"hello"}\n\ndata: {"text":"world"}\n\ndata: [DONE]\n\n';
  for (let size = 1; size <= 12; size++) {
    assert.deepEqual(await collect(body, size), ['{"text":"hello"}', '{"text":"world"}', '[DONE]'], `chunk size ${size}`);
  }
});

test('a multi-byte character split between chunks is decoded intact', async () => {
  assert.deepEqual(await collect('data: café ☕ naïve\n\n', 1), ['café ☕ naïve']);
});

test('several data lines form one event, joined by a newline', async () => {
  assert.deepEqual(await collect('data: first line\ndata: second line\n\n'), ['first line\nsecond line']);
});

test('comments are ignored and CRLF line endings work', async () => {
  assert.deepEqual(await collect(': keep-alive\r\n\r\ndata: x\r\n\r\n', 3), ['x']);
});

test('a CRLF split between two chunks ends one line, not two', async () => {
  const body = 'data: first line\r\ndata: second line\r\n\r\ndata: [DONE]\r\n\r\n';
  for (let size = 1; size <= 20; size++) {
    assert.deepEqual(await collect(body, size), ['first line\nsecond line', '[DONE]'], `chunk size ${size}`);
  }
});

test('an event cut off by the end of the stream is dropped, as the spec says', async () => {
  assert.deepEqual(await collect('data: one\n\ndata: two'), ['one']);
  assert.deepEqual(await collect('data: one\n\ndata: two\n'), ['one'], 'a data line without its blank line is not an event');
  assert.deepEqual(await collect('data: one\r\r'), ['one'], 'a lone CR at the very end still ends a line');
});

test('the chapter’s traced example: a split CRLF and a split é', async () => {
  // "é" is the two bytes C3 A9; the chunks cut between CR and LF, and between those two bytes.
  const chunks = [bytes('data: {"text":\r'), bytes('\ndata: "caf', [0xc3]), bytes([0xa9], '"}\r\n\r\n')];
  const payloads: string[] = [];
  for await (const data of serverSentEvents(chunksOf(chunks))) payloads.push(data);
  assert.deepEqual(payloads, ['{"text":\n"café"}']);
  assert.deepEqual(JSON.parse(payloads[0]!), { text: 'café' });
});
