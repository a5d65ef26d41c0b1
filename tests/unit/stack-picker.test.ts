import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stackOptions, stackOptionsFile } from '../../src/book/stack-options.ts';
import { stackFunctions, validateStackOptions, type StackOption } from '../../src/book/stack-model.ts';
import { constraintChoices, defaultConstraints, describeFit, misfits, parseConstraints, pickStack, type Constraints } from '../../src/book/stack-picker.ts';

const picksFor = (constraints: Partial<Constraints>): Record<string, string | undefined> =>
  Object.fromEntries(pickStack(stackOptions, { ...defaultConstraints, ...constraints }).map((pick) => [pick.function, pick.pick?.id]));

test('every function of the stack has options, and every option is checked', () => {
  for (const { id } of stackFunctions) assert.ok(stackOptions.filter((option) => option.function === id).length >= 2, `${id} has fewer than two options`);
});

test('with no constraints beyond a TypeScript team, the book\'s own choices come first: the AI SDK and pgvector', () => {
  assert.deepEqual(picksFor({}), {
    models: 'openai-api',
    orchestration: 'ai-sdk',
    vectors: 'pgvector-own',
    serving: 'provider-serves',
    protocols: 'mcp',
    evaluation: 'own-evals',
    deployment: 'managed-containers',
  });
});

test('managed, pay per use and a Python team give the article\'s start: OpenAI, LangChain and Pinecone', () => {
  const picks = picksFor({ hosting: 'managed', budget: 'usage', language: 'python' });
  assert.equal(picks.models, 'openai-api');
  assert.equal(picks.orchestration, 'langchain');
  assert.equal(picks.vectors, 'pinecone');
});

test('team language decides orchestration: TypeScript gets the AI SDK, Python or both get LangChain', () => {
  assert.equal(picksFor({ language: 'typescript' }).orchestration, 'ai-sdk');
  assert.equal(picksFor({ language: 'python' }).orchestration, 'langchain');
  assert.equal(picksFor({ language: 'both' }).orchestration, 'langchain');
  const [python] = pickStack(stackOptions, { ...defaultConstraints, language: 'python' }).filter((pick) => pick.function === 'evaluation');
  assert.ok(python?.alsoFits.some((option) => option.id === 'ragas'), 'RAGAS fits a Python team');
  const [typescript] = pickStack(stackOptions, defaultConstraints).filter((pick) => pick.function === 'evaluation');
  assert.deepEqual(typescript?.ruledOut.find(({ option }) => option.id === 'ragas')?.reasons, ['it has no TypeScript support']);
});

test('EU residency rules out the Anthropic API (US or global only) and keeps OpenAI and the cloud platforms', () => {
  const [models] = pickStack(stackOptions, { ...defaultConstraints, hosting: 'managed', budget: 'usage', language: 'both', residency: 'eu' });
  assert.equal(models?.pick?.id, 'openai-api');
  assert.deepEqual(models?.alsoFits.map((option) => option.id), ['cloud-platform-models']);
  assert.deepEqual(models?.ruledOut.find(({ option }) => option.id === 'anthropic-api')?.reasons, ['it cannot keep your data in the EU']);
  assert.equal(picksFor({ residency: 'us' }).models, 'openai-api');
});

test('self-hosted with no new spend and data in the EU: open weights on Ollama, pgvector, containers you run', () => {
  assert.deepEqual(picksFor({ hosting: 'self-hosted', budget: 'none', residency: 'eu' }), {
    models: 'open-weight-model',
    orchestration: 'ai-sdk',
    vectors: 'pgvector-own',
    serving: 'ollama',
    protocols: 'mcp',
    evaluation: 'own-evals',
    deployment: 'own-containers',
  });
  assert.equal(picksFor({ hosting: 'self-hosted', budget: 'capacity' }).serving, 'ollama');
  const [serving] = pickStack(stackOptions, { ...defaultConstraints, hosting: 'self-hosted', budget: 'none' }).filter((pick) => pick.function === 'serving');
  assert.deepEqual(serving?.ruledOut.find(({ option }) => option.id === 'vllm')?.reasons, ['it needs reserved capacity']);
});

test('managed services with data only on your own infrastructure: nothing fits models, vectors, serving or deployment, and each option says why', () => {
  const picks = pickStack(stackOptions, { ...defaultConstraints, hosting: 'managed', residency: 'own' });
  const noFit = picks.filter((pick) => !pick.pick).map((pick) => pick.function);
  assert.deepEqual(noFit, ['models', 'vectors', 'serving', 'deployment']);
  const models = picks.find((pick) => pick.function === 'models');
  assert.deepEqual(
    models?.ruledOut.map(({ option, reasons }) => [option.id, reasons]),
    [
      ['openai-api', ['it cannot keep your data on your own infrastructure']],
      ['anthropic-api', ['it cannot keep your data on your own infrastructure']],
      ['cloud-platform-models', ['it cannot keep your data on your own infrastructure']],
      ['open-weight-model', ['you would have to run it yourself']],
    ],
  );
  // Libraries run inside your code, so they still fit.
  assert.equal(picks.find((pick) => pick.function === 'orchestration')?.pick?.id, 'ai-sdk');
});

test('managed services with no new spend: no hosted model exists in that band, and only libraries fit', () => {
  const picks = pickStack(stackOptions, { ...defaultConstraints, hosting: 'managed', budget: 'none' });
  assert.deepEqual(picks.filter((pick) => !pick.pick).map((pick) => pick.function), ['models', 'vectors', 'serving', 'deployment']);
  const fitting = picks.flatMap((pick) => (pick.pick ? [pick.pick, ...pick.alsoFits] : []));
  assert.ok(fitting.length > 0);
  assert.deepEqual([...new Set(fitting.map((option) => option.hosting))], ['library']);
  const models = picks.find((pick) => pick.function === 'models');
  assert.deepEqual(models?.ruledOut.find(({ option }) => option.id === 'openai-api')?.reasons, ['it is billed per use']);
});

test('an option breaking several constraints lists every reason', () => {
  const pinecone = stackOptions.find((option) => option.id === 'pinecone')!;
  assert.deepEqual(misfits(pinecone, { hosting: 'self-hosted', budget: 'none', language: 'typescript', residency: 'own' }), [
    'it is a service only its vendor runs',
    'it is billed per use',
    'it cannot keep your data on your own infrastructure',
  ]);
  assert.deepEqual(misfits(pinecone, defaultConstraints), []);
});

test('the form\'s values become constraints; a missing or unknown value falls back to the default', () => {
  assert.deepEqual(parseConstraints({ hosting: 'managed', budget: 'none', language: 'both', residency: 'eu' }), { hosting: 'managed', budget: 'none', language: 'both', residency: 'eu' });
  assert.deepEqual(parseConstraints({ hosting: 'cloud', budget: undefined, language: null }), defaultConstraints);
  for (const key of Object.keys(constraintChoices) as (keyof Constraints)[]) {
    assert.ok(constraintChoices[key].some((choice) => choice.id === defaultConstraints[key]), `the default ${key} is one of the form's choices`);
  }
});

const valid: StackOption = {
  id: 'example-store',
  function: 'vectors',
  name: 'Example store',
  hosting: 'managed',
  cost: 'usage',
  languages: ['typescript'],
  residency: ['eu'],
  licence: 'MIT',
  source: 'https://example.com/docs',
  reason: 'A store used only by this test, with a reason long enough.',
};
const oneOfEach = stackFunctions.map(({ id }, index) => ({ ...valid, id: `option-${index}`, function: id }));
const problem = (entry: unknown): string => {
  try {
    validateStackOptions([...oneOfEach, entry], 'stack.ts');
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail('expected the entry to be rejected');
};

test('a valid list passes the check unchanged', () => {
  assert.deepEqual(validateStackOptions([...oneOfEach, valid], 'stack.ts').at(-1), valid);
  assert.equal(stackOptionsFile, 'src/book/stack-options.ts');
});

test('a malformed entry names the file, the entry and the field', () => {
  assert.equal(problem({ ...valid, cost: 'cheap' }), 'stack.ts: entry 8 ("example-store"), field "cost": expected one of "none", "usage", "capacity", got "cheap"');
  assert.equal(problem({ ...valid, hosting: undefined }), 'stack.ts: entry 8 ("example-store"), field "hosting": expected one of "managed", "self-hosted", "library", got nothing');
  assert.equal(problem({ ...valid, function: 'storage' }), 'stack.ts: entry 8 ("example-store"), field "function": expected one of "models", "orchestration", "vectors", "serving", "protocols", "evaluation", "deployment", got "storage"');
  assert.equal(problem({ ...valid, languages: [] }), 'stack.ts: entry 8 ("example-store"), field "languages": expected a non-empty list drawn from "typescript", "python", got []');
  assert.equal(problem({ ...valid, residency: ['eu', 'mars'] }), 'stack.ts: entry 8 ("example-store"), field "residency": expected each item to be one of "us", "eu", "own", got "mars"');
  assert.equal(problem({ ...valid, languages: ['python', 'python'] }), 'stack.ts: entry 8 ("example-store"), field "languages": lists an item twice: ["python","python"]');
  assert.equal(problem({ ...valid, reason: 'Cheap.' }), 'stack.ts: entry 8 ("example-store"), field "reason": expected text of at least 20 characters, got "Cheap."');
  assert.match(problem({ ...valid, reason: 'First line of the reason,\nand a second line.' }), /entry 8 \("example-store"\), field "reason": expected one line, got a line break/);
  assert.match(problem({ ...valid, source: 'example.com' }), /field "source": expected an https address, or a chapter path such as "\/stage-2-core\/vector-databases\/", got "example.com"/);
  assert.match(problem({ ...valid, price: '$5' }), /entry 8 \("example-store"\), field "price": is not a field of an option/);
  assert.match(problem({ ...valid, id: 'Example Store' }), /entry 8 \("Example Store"\), field "id": expected lower-case words joined by hyphens, got "Example Store"/);
  assert.match(problem({ ...valid, id: 'option-2' }), /entry 8 \("option-2"\), field "id": "option-2" is used by an earlier entry/);
  assert.equal(problem('pgvector'), 'stack.ts: entry 8, expected an object with the fields id, function, name, hosting, cost, languages, residency, licence, source, reason, got "pgvector"');
});

test('a function with no option at all stops the check', () => {
  assert.throws(() => validateStackOptions(oneOfEach.slice(1), 'stack.ts'), /stack\.ts: no entry has "function": "models"; the picker needs at least one option for Models and APIs/);
});

test('the reason an option fits is said in words', () => {
  const byId = (id: string): StackOption => stackOptions.find((option) => option.id === id)!;
  assert.equal(describeFit(byId('pinecone')), 'Fits because it is a managed service (pay per use), supports TypeScript and Python, and can keep your data in the US or in the EU.');
  assert.equal(describeFit(byId('ai-sdk')), 'Fits because it is code inside your application (no new spend), supports TypeScript, and can keep your data in the US, in the EU or on your own infrastructure.');
  assert.equal(describeFit(byId('anthropic-api')), 'Fits because it is a managed service (pay per use), supports TypeScript and Python, and can keep your data in the US.');
});
