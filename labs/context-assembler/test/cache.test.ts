import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conversation } from '../src/data/conversation.ts';
import { runConversation } from '../src/run-conversation.ts';
import { recordingModel, shuffledTools } from './support.ts';

test('the cached prefix is byte-identical across turns, whatever order the tool registry returns', async () => {
  const records = await runConversation(conversation, recordingModel().model, undefined, shuffledTools);
  const lastPin = conversation.findLastIndex((message) => message.pin !== undefined);
  const reference = records[lastPin]?.context.prefix ?? '';
  for (const [index, record] of records.entries()) {
    assert.ok(record.context.text.startsWith(record.context.prefix), `turn ${index + 1}: the text sent starts with the prefix`);
    assert.ok(!record.context.prefix.includes(record.question), `turn ${index + 1}: the question is not in the prefix`);
    if (index >= lastPin) assert.equal(record.context.prefix, reference, `turn ${index + 1}: the prefix differs from turn ${lastPin + 1}'s, so the provider's cache misses. Sort the tools and their keys (src/render.ts).`);
  }
  const distinct = new Set(records.map((record) => record.context.prefix));
  assert.equal(distinct.size, 1 + conversation.filter((message) => message.pin).length, 'the prefix changes only when a fact is pinned');
});
