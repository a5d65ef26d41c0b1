import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordedResponses, truncatedResponses } from '../src/fixtures.ts';
import { fromAzure, fromBedrock, fromVertex } from '../src/normalise.ts';

const answer = 'It should arrive on Thursday.';

test('every provider\'s answer comes back in one shape, with its usage', () => {
  assert.deepEqual(fromBedrock(recordedResponses.bedrock), { provider: 'bedrock', text: answer, finishReason: 'stop', usage: { inputTokens: 41, outputTokens: 8, totalTokens: 49 } });
  assert.deepEqual(fromVertex(recordedResponses.vertex), { provider: 'vertex', text: answer, finishReason: 'stop', usage: { inputTokens: 39, outputTokens: 7, totalTokens: 46 } }, 'Vertex: usageMetadata.promptTokenCount and candidatesTokenCount');
  assert.deepEqual(fromAzure(recordedResponses.azure), { provider: 'azure', text: answer, finishReason: 'stop', usage: { inputTokens: 44, outputTokens: 8, totalTokens: 52 } }, 'Azure: usage.prompt_tokens and completion_tokens');
});

test('an answer cut off at the token limit has finishReason "length", and its text parts are joined', () => {
  assert.equal(fromBedrock(truncatedResponses.bedrock).finishReason, 'length');
  const vertex = fromVertex(truncatedResponses.vertex);
  assert.equal(vertex.finishReason, 'length', 'Vertex says MAX_TOKENS');
  assert.equal(vertex.text, 'It should', 'join every part of the candidate, not only the first');
  assert.equal(fromAzure(truncatedResponses.azure).finishReason, 'length', 'Azure says length');
});

test('a response without usage is an error that names the provider and the field', () => {
  assert.throws(() => fromVertex({ candidates: [{ content: { parts: [{ text: 'hi' }] }, finishReason: 'STOP' }] }), /vertex response: usageMetadata/);
  assert.throws(() => fromAzure({ choices: [{ message: { content: 'hi' }, finish_reason: 'stop' }] }), /azure response: usage/);
});
