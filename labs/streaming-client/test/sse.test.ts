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
