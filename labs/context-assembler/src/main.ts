import { fnv1a, getModel } from '@ai-roadmap/kit';
import { countTokens } from '@ai-roadmap/kit/tokens';
import { conversation } from './data/conversation.ts';
import { defaultBudget, runConversation } from './run-conversation.ts';
import { standInRules } from './stand-in.ts';

const model = getModel({}, { rules: standInRules });
const records = await runConversation(conversation, model);
const hex = (text: string) => fnv1a(text).toString(16).padStart(8, '0');

console.log(`Budget: ${defaultBudget.maxInputTokens} input tokens a call; compact when the history passes ${defaultBudget.historyBudget}.`);
console.log(`The prefix (instructions, tools, pinned facts) is ${countTokens(records.at(-1)?.context.prefix ?? '')} tokens at the end; its hash changes only when a fact is pinned.\n`);
console.log('turn  tokens  prefix    turns  chunks          compacted  question → answer');
// "turns": the recent turns that fitted verbatim; older ones live in the summary.
for (const [index, record] of records.entries()) {
  const { context } = record;
  console.log(
    `${String(index + 1).padStart(4)}  ${String(context.tokens).padStart(6)}  ${hex(context.prefix)}  ${String(context.keptTurns).padStart(5)}  ${context.keptChunks.join(',').padEnd(14)}  ${(record.compacted ? 'yes' : '').padEnd(9)}  ${record.question.slice(0, 44)} → ${record.answer.slice(0, 70)}`,
  );
}
const last = records.at(-1);
console.log(`\nSummary at the end: ${last?.state.summary ?? '(none)'}`);
console.log(`Pinned facts: ${last?.state.pinned.join('; ') || '(none)'}`);
