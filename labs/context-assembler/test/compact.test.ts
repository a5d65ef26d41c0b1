import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTokens } from '@ai-roadmap/kit/tokens';
import { compactHistory } from '../src/compact.ts';
import { conversation } from '../src/data/conversation.ts';
import { defaultBudget, runConversation } from '../src/run-conversation.ts';
import type { Turn } from '../src/state.ts';
import { recordingModel } from './support.ts';

const turns: Turn[] = Array.from({ length: 10 }, (_, index) => ({
  role: index % 2 === 0 ? 'user' : 'assistant',
  text: index % 2 === 0 ? `Question ${index / 2 + 1} about my battery range. It fades in the cold.` : `Answer ${(index + 1) / 2}: a full battery gives 60 to 90 kilometres, less in cold weather or on hills.`,
}));

test('no compaction while the history fits its budget: no model call', async () => {
  const { model, prompts } = recordingModel();
  const state = { summary: null, turns: turns.slice(0, 6), pinned: [] };
  const result = await compactHistory(state, { model, historyBudget: 1_000 });
  assert.equal(result.compacted, false);
  assert.equal(result.state, state);
  assert.equal(prompts.length, 0);
});

test('compaction summarises the older turns in one call, keeps the recent ones verbatim, and caps the summary', async () => {
  const { model, prompts } = recordingModel();
  const state = { summary: 'The customer rides a cargo bike.', turns, pinned: ['Account number: ACC-4471'] };
  const result = await compactHistory(state, { model, historyBudget: 100, keepRecent: 4, maxSummaryTokens: 40 });
  assert.equal(result.compacted, true, `${countTokens(turns.map((turn) => turn.text).join('\n'))} tokens of history in a budget of 100: compact`);
  assert.equal(prompts.length, 1, 'one model call for the summary');
  assert.deepEqual(result.state.turns, turns.slice(-4), 'the last keepRecent turns stay verbatim');
  assert.deepEqual(result.state.pinned, ['Account number: ACC-4471'], 'pinned facts pass through untouched');
  const sent = JSON.stringify(prompts[0]);
  assert.match(sent, /Summary so far: The customer rides a cargo bike\./, 'the summary so far goes into the new one, or it is lost at the next compaction');
  assert.match(sent, /user: Question 1 about my battery range/, 'the older turns are sent to be summarised');
  assert.doesNotMatch(sent, /Question 4 about/, 'the recent turns are not summarised: they stay verbatim');
  assert.ok(result.state.summary && countTokens(result.state.summary) <= 40, 'the summary fits maxSummaryTokens');
});

test('a pinned fact survives compaction, though the turn that stated it is gone and the summary lost it', async () => {
  const records = await runConversation(conversation, recordingModel().model, defaultBudget);
  const asking = records.findIndex((record) => /which account number/i.test(record.question));
  const record = records[asking];
  assert.ok(record, 'the script asks for the account number');
  assert.ok(records.slice(0, asking + 1).some((earlier) => earlier.compacted), 'the history was compacted before the question: write compactHistory');
  const before = record.state.turns.slice(0, -2); // the state after the turn ends with this question and its answer
  assert.ok(!before.some((turn) => turn.text.includes('ACC-4471')), 'the turn that stated the account number is no longer verbatim');
  assert.ok(!(record.context.tail.includes('ACC-4471')), 'the summary did not keep it: it took only the first sentence of that message');
  assert.ok(record.context.prefix.includes('ACC-4471'), 'the pinned fact is in the prefix (renderPrefix)');
  assert.equal(record.answer, 'You told me: ACC-4471.');
});
