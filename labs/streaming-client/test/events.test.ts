import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromChatCompletions, fromResponses, type StreamEvent } from '../src/events.ts';

// Each payload below is the data of one server-sent event, in the shape the provider sends it.
const chunk = (payload: object) => JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', model: 'stand-in', usage: null, ...payload });
const event = (type: string, payload: object = {}) => JSON.stringify({ type, sequence_number: 0, ...payload });
const textOf = (events: StreamEvent[]) => events.flatMap((mapped) => (mapped.type === 'text-delta' ? [mapped.text] : []));

test('Chat Completions: choices[0].delta.content is a text delta, and a chunk without text maps to nothing', () => {
  assert.deepEqual(fromChatCompletions(chunk({ choices: [{ index: 0, delta: { content: 'Hel' } }] })), [{ type: 'text-delta', text: 'Hel' }]);
  assert.deepEqual(fromChatCompletions(chunk({ choices: [{ index: 0, delta: { role: 'assistant', content: '' } }] })), [], 'an empty first delta carries no text');
  assert.deepEqual(fromChatCompletions(chunk({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })), [], 'the finish chunk carries no text');
});

test('Chat Completions: the last chunk, with usage and no choices, is a usage event', () => {
  assert.deepEqual(fromChatCompletions(chunk({ choices: [], usage: { prompt_tokens: 12, completion_tokens: 30, total_tokens: 42 } })), [
    { type: 'usage', inputTokens: 12, outputTokens: 30 },
  ]);
});

test('Chat Completions: data: [DONE] ends the stream', () => {
  assert.deepEqual(fromChatCompletions('[DONE]'), [{ type: 'done' }]);
});

test('Chat Completions: a chunk with an error field is an error event', () => {
  const [mapped] = fromChatCompletions(JSON.stringify({ error: { message: 'The server is overloaded.', type: 'server_error' } }));
  assert.deepEqual(mapped, { type: 'error', message: 'The server is overloaded.' });
});

test('Responses: response.output_text.delta is a text delta', () => {
  const delta = event('response.output_text.delta', { item_id: 'msg_1', output_index: 0, content_index: 0, delta: 'wörld', logprobs: [] });
  assert.deepEqual(fromResponses(delta), [{ type: 'text-delta', text: 'wörld' }]);
});

test('Responses: lifecycle, item and tool-call events carry no text; only the deltas do', () => {
  const stream = [
    event('response.created', { response: { id: 'resp_1', status: 'in_progress', usage: null } }),
    event('response.output_item.added', { output_index: 0, item: { id: 'msg_1', type: 'message', role: 'assistant', content: [] } }),
    event('response.output_text.delta', { item_id: 'msg_1', output_index: 0, content_index: 0, delta: 'Let me check.' }),
    event('response.output_text.done', { item_id: 'msg_1', output_index: 0, content_index: 0, text: 'Let me check.' }),
    event('response.output_item.added', { output_index: 1, item: { id: 'fc_1', type: 'function_call', call_id: 'call_1', name: 'get_invoice', arguments: '' } }),
    event('response.function_call_arguments.delta', { item_id: 'fc_1', output_index: 1, delta: '{"id":' }),
    event('response.function_call_arguments.done', { item_id: 'fc_1', output_index: 1, name: 'get_invoice', arguments: '{"id":42}' }),
  ];
  const mapped = stream.flatMap(fromResponses);
  assert.deepEqual(textOf(mapped), ['Let me check.'], 'output_text.done repeats the whole text: mapping it too would show it twice');
  assert.equal(mapped.length, 1, 'tool-call arguments are not text for the reader');
});

test('Responses: response.completed carries the usage, then ends the stream', () => {
  const completed = event('response.completed', {
    response: { id: 'resp_1', status: 'completed', usage: { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 30, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 42 } },
  });
  assert.deepEqual(fromResponses(completed), [{ type: 'usage', inputTokens: 12, outputTokens: 30 }, { type: 'done' }]);
});

test('Responses: error and response.failed are error events with the provider’s message', () => {
  assert.deepEqual(fromResponses(event('error', { code: 'server_error', message: 'The server is overloaded.', param: null })), [{ type: 'error', message: 'The server is overloaded.' }]);
  const failed = event('response.failed', { response: { id: 'resp_1', status: 'failed', error: { code: 'rate_limit_exceeded', message: 'Too many tokens per minute.' }, usage: null } });
  assert.deepEqual(fromResponses(failed), [{ type: 'error', message: 'Too many tokens per minute.' }]);
});

test('Responses: response.incomplete is an error that names its reason, after the usage', () => {
  const incomplete = event('response.incomplete', {
    response: { id: 'resp_1', status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, usage: { input_tokens: 12, output_tokens: 300, total_tokens: 312 } },
  });
  const mapped = fromResponses(incomplete);
  assert.deepEqual(mapped[0], { type: 'usage', inputTokens: 12, outputTokens: 300 }, 'the tokens were spent, so count them');
  assert.equal(mapped[1]?.type, 'error', 'a cut-short answer must not look complete');
  assert.match(mapped[1]?.type === 'error' ? mapped[1].message : '', /max_output_tokens/);
});
