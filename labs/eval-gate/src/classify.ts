import { generateText } from 'ai';
import { getModel, type StandInRule } from '@ai-roadmap/kit';
import type { Category } from './dataset.ts';

// The stand-in model answers with these rules, tried in order: our "model
// version". Changing them is like changing a prompt or upgrading a model.
export const rules: StandInRule[] = [
  { name: 'billing', when: /\b(charged|refund|payment|invoice)\b/i, reply: 'billing' },
  { name: 'bug', when: /\b(crash\w*|error|broken)\b/i, reply: 'bug' },
  { name: 'account', when: /\b(password|login|account)\b/i, reply: 'account' },
  { name: 'shipping', when: /\b(parcel|shipping|courier|delivered|tracking)\b/i, reply: 'shipping' },
];

const system = 'Classify the support ticket as one of: billing, bug, account, shipping. Answer with the category only.';

/** The id of the model the evaluation runs against: the stand-in, or LAB_MODEL with a real provider. */
export function modelUnderTest(modelRules: StandInRule[] = rules): string {
  return getModel({}, { rules: modelRules }).modelId;
}

export async function classify(text: string, modelRules: StandInRule[] = rules): Promise<Category | string> {
  const { text: answer } = await generateText({ model: getModel({}, { rules: modelRules }), system, prompt: `Ticket: ${text}` });
  return answer.trim().toLowerCase();
}
