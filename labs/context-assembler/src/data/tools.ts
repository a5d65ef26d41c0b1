// The tools the assistant may call, as a provider receives them: a name, a
// description and a JSON schema for the arguments. In the app they come from a
// registry, and nothing promises the registry returns them in the same order twice.
export interface ToolDefinition {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export const tools: ToolDefinition[] = [
  {
    name: 'getSubscription',
    description: 'Look up a customer subscription: plan, bike, status and next payment date.',
    parameters: { type: 'object', properties: { accountNumber: { type: 'string', pattern: '^ACC-\\d+$' } }, required: ['accountNumber'] },
  },
  {
    name: 'bookMechanic',
    description: 'Book a mobile mechanic visit for a repair or a service.',
    parameters: {
      type: 'object',
      properties: { accountNumber: { type: 'string' }, reason: { type: 'string', enum: ['puncture', 'service', 'brakes', 'battery', 'other'] }, date: { type: 'string', format: 'date' } },
      required: ['accountNumber', 'reason'],
    },
  },
  {
    name: 'pauseSubscription',
    description: 'Pause a subscription from a start date for a number of weeks (at most eight a year).',
    parameters: {
      type: 'object',
      properties: { accountNumber: { type: 'string' }, startDate: { type: 'string', format: 'date' }, weeks: { type: 'integer', minimum: 1, maximum: 8 } },
      required: ['accountNumber', 'startDate', 'weeks'],
    },
  },
];

export const systemPrompt = `You are the support assistant of Sprocket Bikes, an e-bike subscription.
Answer in two or three sentences, from the help articles given to you, and name the article you used.
Use a tool when the customer asks you to do something on their account; never invent an account number.
If the articles do not cover the question, say so and offer to pass the conversation to a person.`;
