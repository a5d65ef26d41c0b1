import { headerOf, type Chunk } from './chunk.ts';
import { loadCorpus } from './corpus.ts';
import { evaluateRetrieval } from './evaluate.ts';
import { fixedSizeChunks } from './fixed.ts';
import { headingAwareChunks } from './heading-aware.ts';
import { questions } from './questions.ts';
import { countTokens } from '@ai-roadmap/kit/tokens';

const maxTokens = 512;
const overlapTokens = 64;
const k = 5;

const corpus = loadCorpus();
const strategies: Array<[name: string, chunks: Chunk[]]> = [
  [`fixed-size, ${overlapTokens}-token overlap`, corpus.flatMap((doc) => fixedSizeChunks(doc, { maxTokens, overlapTokens }))],
  ['heading-aware, no headers', corpus.flatMap((doc) => headingAwareChunks(doc, { maxTokens, headers: false }))],
  ['heading-aware with headers', corpus.flatMap((doc) => headingAwareChunks(doc, { maxTokens }))],
];

const percent = (value: number) => `${Math.round(value * 100)}%`.padStart(4);
const count = (kind: string) => questions.filter((question) => question.kind === kind).length;
console.log(`${corpus.length} chapters, ${corpus.reduce((sum, doc) => sum + countTokens(doc.text), 0).toLocaleString('en')} tokens; chunks of at most ${maxTokens} tokens.`);
console.log(`recall@${k} over ${questions.length} questions: ${count('passage')} worded like their passage, ${count('context')} that name the chapter or section.\n`);
for (const [name, chunks] of strategies) {
  const report = evaluateRetrieval(chunks, questions, k);
  const largest = Math.max(...chunks.map((chunk) => countTokens(chunk.text)));
  console.log(
    `${name.padEnd(30)} ${String(chunks.length).padStart(4)} chunks (largest ${largest} tokens)  recall@${k} ${percent(report.recall)}  passage ${percent(report.recallByKind.passage)}  context ${percent(report.recallByKind.context)}`,
  );
}

const [, headed] = strategies[2]!;
const example = headed.find((chunk) => chunk.body.includes('```')) ?? headed[0];
if (example) {
  console.log(`\nA chunk with a code block, ${example.id} (${headerOf(example.headingPath) || 'no heading path'}):\n`);
  console.log(example.text.split('\n').slice(0, 14).join('\n'));
}
const missed = evaluateRetrieval(headed, questions, k).results.filter((result) => result.rank === undefined);
console.log(`\nHeading-aware with headers misses ${missed.length}:`);
for (const { question, retrieved } of missed) console.log(`- [${question.kind}] ${question.question} → ${retrieved.slice(0, 3).join(', ')}`);
