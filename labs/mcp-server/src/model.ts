// The host's model: the kit's stand-in, with one rule for order questions.
import { generateText, stepCountIs, type ToolSet } from 'ai';
import { getModel, type StandInRule } from '@ai-roadmap/kit';

const orderId = /ORD-\d{4}/;

const rules: StandInRule[] = [
  {
    name: 'order status',
    when: orderId,
    toolCall: { toolName: 'lookup_order', input: (context) => ({ orderId: context.input.match(orderId)![0] }) },
    reply: (context) => {
      const output = context.toolResults[0]?.output as { orderId?: string; item?: string; status?: string; error?: string } | undefined;
      if (!output || output.error) return `I could not look that order up: ${output?.error ?? 'no result'}`;
      return `Order ${output.orderId} (${output.item}) is ${output.status}.`;
    },
  },
];

const model = getModel({}, { rules });

/** One question, answered with the tools the host allowed (at most one tool call, then an answer). */
export async function ask(question: string, tools: ToolSet): Promise<{ text: string; toolsCalled: string[] }> {
  const result = await generateText({ model, tools, stopWhen: stepCountIs(2), prompt: question });
  return { text: result.text, toolsCalled: result.steps.flatMap((step) => step.toolCalls.map((call) => call.toolName)) };
}
