// How the client speaks each wire format: the body of a streamed request, and
// reading the stream through the lab's one event type (src/events.ts).
// You do not need to change this file.
import { serverSentEvents } from './sse.ts';
import { toStreamEvents, type WireFormat } from './events.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface StreamedAnswer {
  text: string;
  usage?: { inputTokens: number; outputTokens: number };
}

/** How each wire format ends a complete answer, for the error when that end never comes. */
const finalEvent: Record<WireFormat, string> = { 'chat-completions': 'data: [DONE]', responses: 'response.completed' };

/** The request body of a streamed call in each wire format. */
export function requestBody(format: WireFormat, model: string, messages: ChatMessage[]): string {
  if (format === 'responses') return JSON.stringify({ model, input: messages, stream: true });
  return JSON.stringify({ model, messages, stream: true, stream_options: { include_usage: true } });
}

/** Reads a streamed answer in the given wire format, calling onDelta for each piece of text. */
export async function readStream(response: Response, format: WireFormat, onDelta: (text: string) => void): Promise<StreamedAnswer> {
  if (!response.body) throw new Error('The response has no body to stream.');
  let text = '';
  let usage: StreamedAnswer['usage'];
  let finished = false;
  for await (const data of serverSentEvents(response.body)) {
    for (const event of toStreamEvents[format](data)) {
      if (event.type === 'text-delta') {
        text += event.text;
        onDelta(event.text);
      } else if (event.type === 'usage') {
        usage = { inputTokens: event.inputTokens, outputTokens: event.outputTokens };
      } else if (event.type === 'error') {
        // A 200 only says the stream began: a provider can still fail half-way.
        throw new Error(`The provider reported an error in the middle of the stream: ${event.message}`);
      } else {
        finished = true;
      }
    }
    if (finished) break;
  }
  // A connection that closes early looks like a short answer; the final event tells them apart.
  if (!finished) throw new Error(`The stream ended before ${finalEvent[format]}, so the answer is incomplete.`);
  return usage ? { text, usage } : { text };
}
