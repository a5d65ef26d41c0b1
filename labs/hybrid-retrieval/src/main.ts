import { answerQuestion } from './answer.ts';
import { evaluateRetrievers } from './evaluate.ts';
import { handbook } from './handbook.ts';
import { questions, unanswerable } from './questions.ts';
import { createRetrievers, rerankDepth } from './retrieve.ts';

const k = 3;
const report = await evaluateRetrievers(k);
const percent = (value: number) => `${Math.round(value * 100)}%`.padStart(4);
const count = (kind: string) => questions.filter((question) => question.kind === kind).length;

console.log(`${handbook.length} passages, ${questions.length} labelled questions: recall@${k} and MRR (MRR in brackets per kind).\n`);
console.log(`retriever  recall@${k}   MRR   exact (${count('exact')})   fuzzy (${count('fuzzy')})   plain (${count('plain')})   paraphrase (${count('paraphrase')})`);
for (const [name, scores] of Object.entries(report)) {
  const kinds = Object.values(scores.byKind).map(({ recall, mrr }) => `${percent(recall)} (${mrr.toFixed(2)})`);
  console.log(`${name.padEnd(9)}  ${percent(scores.recall)}      ${scores.mrr.toFixed(3)}  ${kinds.join('    ')}`);
}

// Rank fusion on one question: two lists that disagree, and what RRF makes of them.
const retrievers = await createRetrievers(handbook);
const example = 'What causes error E4014?';
console.log(`\n"${example}": the top 4 of each list (RRF adds 1 / (60 + rank) from each list; the reranker rescores the fused top ${rerankDepth})`);
for (const name of ['bm25', 'vectors', 'hybrid', 'reranked'] as const) {
  const top = (await retrievers[name](example)).slice(0, 4);
  console.log(`  ${name.padEnd(8)} ${top.map(({ id, score }) => `${id} ${score.toFixed(name === 'hybrid' ? 5 : 3)}`).join(', ')}`);
}

// Grounded answers: from the top three reranked passages, citing ids, or abstaining.
console.log('\nAnswers from the top 3 reranked passages:');
const byId = new Map(handbook.map((passage) => [passage.id, passage]));
for (const question of ['What should I do about error E4013?', 'deploymnet freezes on fridays', 'Who gets woken up when nobody answers the alert?', ...unanswerable.slice(0, 2)]) {
  const passages = (await retrievers.reranked(question)).slice(0, k).map(({ id }) => byId.get(id)!);
  const answer = await answerQuestion(question, passages);
  console.log(`- ${question}\n  retrieved ${passages.map(({ id }) => id).join(', ')}\n  ${answer.abstained ? `ABSTAINED (${answer.reason})` : answer.text}`);
}
