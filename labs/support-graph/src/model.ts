// The two model calls of the support desk, on the kit's stand-in model. The
// rules below are all it knows: read them to see why a ticket goes where it goes.
import { generateText, Output } from 'ai';
import * as z from 'zod';
import { getModel, type StandInRule } from '@ai-roadmap/kit';

const rules: StandInRule[] = [
  // Classification asks for JSON; without a matching rule the stand-in returns
  // the first value of the enum, "question".
  // Asked for text instead (the answer node), it can only promise: it cannot move money.
  {
    name: 'refund request',
    when: /\b(refund|money back|charged twice|reimburse)/i,
    object: { intent: 'refund' },
    reply: 'I am sorry about that. I have passed your request to our refunds team.',
  },
  { name: 'password help', when: /password/i, reply: 'You can reset your password from Settings → Security → Reset password. The link in the email lasts one hour.' },
  { name: 'delivery help', when: /\b(parcel|delivery|deliver|tracking)\b/i, reply: 'Your parcel is with the courier. The tracking link in your order email shows where it is today.' },
];

const model = getModel({}, { rules });

export type Intent = 'question' | 'refund';
const classification = z.object({ intent: z.enum(['question', 'refund']) });

/** Decide whether a ticket asks for money back or asks a question. */
export async function classifyTicket(message: string): Promise<Intent> {
  const { output } = await generateText({
    model,
    system: 'Classify the support ticket: "refund" if the customer asks for money back, otherwise "question".',
    prompt: message,
    output: Output.object({ schema: classification }),
  });
  return output.intent;
}

/** Answer a question ticket in a sentence or two. */
export async function answerQuestion(message: string): Promise<string> {
  const { text } = await generateText({ model, system: 'You answer customer support questions briefly.', prompt: message });
  return text;
}
