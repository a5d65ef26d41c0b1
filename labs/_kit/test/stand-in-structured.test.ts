import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateObject, generateText, Output, streamText } from 'ai';
import { z } from 'zod';
import { createStandInModel, objectFromSchema } from '../src/index.ts';

const model = createStandInModel();
const ticket = z.object({
  area: z.enum(['billing', 'bugs']),
  urgent: z.boolean(),
  city: z.string(),
  tags: z.array(z.string()).min(1),
  priority: z.number().int().min(1).max(5),
});

test('generateObject returns an object that passes the zod schema', async () => {
  const { object } = await generateObject({ model, schema: ticket, prompt: 'Triage this ticket from Lisbon' });
  assert.deepEqual(ticket.parse(object), { area: 'billing', urgent: false, city: 'Lisbon', tags: ['Lisbon'], priority: 1 });
});

test('Output.object works through generateText and streamText', async () => {
  const { output } = await generateText({ model, output: Output.object({ schema: ticket }), prompt: 'Triage this ticket from Oslo' });
  assert.equal(ticket.parse(output).city, 'Oslo');
  const streamed = streamText({ model, output: Output.object({ schema: ticket }), prompt: 'Triage this ticket from Oslo' });
  assert.deepEqual(await streamed.output, output);
});

test('a rule can give the object, and the schema still checks it', async () => {
  const custom = createStandInModel({
    rules: [
      { name: 'refund', when: 'refund', object: { area: 'billing', urgent: true, city: 'Oslo', tags: ['refund'], priority: 5 } },
      { name: 'wrong', when: 'wrong', object: { area: 'shipping' } },
    ],
  });
  const { object } = await generateObject({ model: custom, schema: ticket, prompt: 'I want a refund' });
  assert.equal(object.urgent, true);
  assert.equal(object.priority, 5);
  await assert.rejects(generateObject({ model: custom, schema: ticket, prompt: 'something wrong' }), /did not match schema|Type validation failed/i);
});

test('the object from a schema satisfies formats, bounds, tuples, nullables and references', () => {
  const schema = z.object({
    email: z.email(),
    site: z.url(),
    id: z.uuid(),
    at: z.iso.datetime(),
    day: z.iso.date(),
    score: z.number().gt(0.5).lt(2),
    count: z.number().int().positive(),
    code: z.string().min(12).max(20),
    pair: z.tuple([z.string(), z.number()]),
    maybe: z.string().nullable(),
    kind: z.literal('ticket'),
  });
  const jsonSchema = z.toJSONSchema(schema, { target: 'draft-7' }) as Parameters<typeof objectFromSchema>[0];
  const value = objectFromSchema(jsonSchema, 'Lisbon');
  assert.deepEqual(schema.safeParse(value).error?.issues ?? [], []);

  const node = { $ref: '#/definitions/node', definitions: { node: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } } } as const;
  assert.deepEqual(objectFromSchema(node as never), { name: 'stand-in' });
});
