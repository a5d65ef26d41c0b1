import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStandInModel } from '@ai-roadmap/kit';
import type { LanguageModel } from 'ai';
import { abstention, answerQuestion, buildPrompt } from '../src/answer.ts';
import { handbook } from '../src/handbook.ts';
import { questions, unanswerable } from '../src/questions.ts';
import { buildVectorIndex, vectorSearch } from '../src/vectors.ts';

const byId = new Map(handbook.map((passage) => [passage.id, passage]));
const vectorIndex = await buildVectorIndex(handbook);
/** Three passages for a question from the vectors (given code), so these tests do not depend on your BM25 and fusion. */
const retrieve = async (question: string) => (await vectorSearch(vectorIndex, question)).slice(0, 3).map(({ id }) => byId.get(id)!);

test('the prompt shows each passage behind its id, and lets the model say it does not know', () => {
  const passages = handbook.slice(0, 3);
  const { system, prompt } = buildPrompt('What should I do about error E4013?', passages);
  for (const { id, text } of passages) assert.ok(prompt.includes(`[${id}] ${text}`), `the prompt should hold the line "[${id}] ${text.slice(0, 30)}…"`);
  assert.ok(prompt.trimEnd().endsWith('Question: What should I do about error E4013?'), 'the prompt ends with "Question: " and the question');
  assert.match(system, /I don't know/, 'the system prompt should tell the model it may answer "I don\'t know."');
});

test('an answer to a question the passages hold cites that passage, and only passages it was given', async () => {
  for (const { question, relevant } of questions.filter(({ kind }) => kind !== 'paraphrase')) {
    const passages = [byId.get(relevant)!, ...(await retrieve(question)).filter(({ id }) => id !== relevant)].slice(0, 3);
    const answer = await answerQuestion(question, passages);
    assert.equal(answer.abstained, false, `"${question}" is answered by ${relevant}, which was given, yet the answer abstained (${answer.reason})`);
    assert.ok(answer.citations.includes(relevant), `"${question}": expected a citation of [${relevant}], got ${JSON.stringify(answer.citations)}; collect the [id]s the text cites`);
    const given = passages.map(({ id }) => id);
    assert.ok(answer.citations.every((id) => given.includes(id)), `"${question}" cites ${answer.citations} but was given ${given}`);
  }
});

test('a question the handbook cannot answer gets an abstention, with no citation', async () => {
  for (const question of unanswerable) {
    const answer = await answerQuestion(question, await retrieve(question));
    assert.equal(answer.abstained, true, `"${question}" should be refused, got "${answer.text}"`);
    assert.equal(answer.text, abstention);
    assert.deepEqual(answer.citations, []);
  }
});

test('an answer citing a passage that was not retrieved is refused, whatever it says', async () => {
  const inventive = createStandInModel({ rules: [{ name: 'invent a source', when: () => true, reply: 'Refunds take three days [refunds-policy].' }] });
  const answer = await answerQuestion('How long do refunds take?', handbook.slice(0, 3), inventive);
  assert.equal(answer.abstained, true, 'check every cited id against the passages given');
  assert.match(answer.reason ?? '', /refunds-policy/, 'the reason names the id that was not retrieved');
});

test('with nothing retrieved, it abstains without calling the model', async () => {
  const unreachable = {
    specificationVersion: 'v4',
    provider: 'test',
    modelId: 'unreachable',
    supportedUrls: {},
    doGenerate: () => Promise.reject(new Error('the model should not be called when nothing was retrieved')),
    doStream: () => Promise.reject(new Error('the model should not be called when nothing was retrieved')),
  } as unknown as LanguageModel;
  const answer = await answerQuestion('What is the parental leave policy?', [], unreachable);
  assert.equal(answer.abstained, true);
});
