import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OutputParserException } from '@langchain/core/output_parsers';
import { RunnableSequence } from '@langchain/core/runnables';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { routeAllByHand } from '../src/by-hand.ts';
import { AiSdkChatModel } from '../src/chat-model.ts';
import { CategoryParser } from '../src/parser.ts';
import { buildPipeline, instructions } from '../src/pipeline.ts';
import { routingModel } from '../src/stand-in.ts';
import { tickets } from '../src/tickets.ts';
import { RecordingModel } from './recording-model.ts';

const demos = [
  { ticket: 'My parcel is late.', label: 'shipping' as const },
  { ticket: 'The app crashes on start.', label: 'technical' as const },
];

test('task 2: CategoryParser reads "Category: <team>" whatever the case, spacing and full stop', async () => {
  const parser = new CategoryParser();
  assert.equal(await parser.parse('Category: shipping'), 'shipping');
  assert.equal(await parser.parse('category:Billing.'), 'billing');
  assert.equal(await parser.parse('  CATEGORY :  technical\n'), 'technical');
  assert.equal(await parser.parse('Sure! Category: account'), 'account', 'the answer may come after a few words');
});

test('task 2: an answer that names no team is an OutputParserException that quotes it', async () => {
  const parser = new CategoryParser();
  for (const text of ['I am not sure which team should handle this.', 'Category: sales', '']) {
    await assert.rejects(parser.parse(text), (error: unknown) => {
      assert.ok(error instanceof OutputParserException, `parse(${JSON.stringify(text)}) should throw an OutputParserException`);
      assert.ok(error.message.includes(JSON.stringify(text)), `the message should quote the text, got: ${error.message}`);
      return true;
    });
  }
});

test('task 1: buildPipeline is a RunnableSequence of four steps: assign → prompt → model → parser', () => {
  const pipeline = buildPipeline(new RecordingModel(), demos);
  assert.ok(pipeline instanceof RunnableSequence);
  assert.deepEqual(pipeline.steps.map((step) => step.getName()), ['RunnableAssign', 'ChatPromptTemplate', 'RecordingModel', 'CategoryParser']);
});

test('task 1: the model is sent the instructions and every demo in order, then the ticket', async () => {
  const model = new RecordingModel();
  await buildPipeline(model, demos).invoke({ ticket: 'Where is my parcel?' });
  assert.equal(model.seen.length, 1);
  const { system, human } = model.seen[0]!;
  assert.ok(system.startsWith(instructions), 'the system prompt starts with the instructions');
  const first = system.indexOf('Ticket: My parcel is late.\nCategory: shipping');
  const second = system.indexOf('Ticket: The app crashes on start.\nCategory: technical');
  assert.ok(first > 0 && second > first, `each demo appears as "Ticket: …" then "Category: …", in order:\n${system}`);
  assert.equal(human, 'Ticket: Where is my parcel?');
});

test('task 1: invoked, the pipeline returns a team, and an answer it cannot parse is an error', async () => {
  assert.equal(await buildPipeline(new RecordingModel(), demos).invoke({ ticket: 'Where is my parcel?' }), 'shipping');
  await assert.rejects(buildPipeline(new RecordingModel(), []).invoke({ ticket: 'Hello there' }), OutputParserException);
});

test('task 1: the same pipeline runs on any LangChain chat model, here a scripted fake', async () => {
  const fake = new FakeListChatModel({ responses: ['Category: Account.'] });
  assert.equal(await buildPipeline(fake, []).invoke({ ticket: 'anything' }), 'account');
});

test('task 1: the LangChain pipeline and the hand-written one in src/by-hand.ts answer every test ticket alike', async () => {
  const shown = tickets.train.slice(0, 12);
  const inputs = tickets.test.map((example) => example.ticket);
  const asText = (answer: unknown) => (answer instanceof Error ? 'no team' : String(answer));
  const withLangChain = await buildPipeline(new AiSdkChatModel(routingModel()), shown).batch(
    inputs.map((ticket) => ({ ticket })),
    { maxConcurrency: 4 },
    { returnExceptions: true },
  );
  const byHand = await routeAllByHand(routingModel(), shown, inputs);
  assert.deepEqual(withLangChain.map(asText), byHand.map(asText), 'the same prompt and the same model should give the same teams (task 1)');
});
