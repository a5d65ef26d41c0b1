// The traced application: a help desk that answers one customer request with generateText, a
// lookupOrder tool and the kit's stand-in model, wrapped in the tracing middleware. Each request
// is one trace: an invoke_agent span for the request, a chat span for every model call and an
// execute_tool span for every tool call.
import { generateText, stepCountIs, tool, wrapLanguageModel, type LanguageModelMiddleware } from 'ai';
import { z } from 'zod';
import { getModel } from '@ai-roadmap/kit';
import { tracingMiddleware, type TracingOptions } from './middleware.ts';
import type { Clock, Tracer } from './tracer.ts';

const orders: Record<string, { status: string }> = {
  'ord-1042': { status: 'out for delivery' },
  'ord-2077': { status: 'delivered on 2 December' },
};

/**
 * The stand-in answers at once; this middleware, closest to the model, moves the lab's clock as
 * a real model would take: 400 ms to the first token, then 12 ms per output token.
 */
export function simulatedLatency(clock: Clock): LanguageModelMiddleware {
  return {
    wrapGenerate: async ({ doGenerate }) => {
      const result = await doGenerate();
      clock.advance(400 + 12 * (result.usage.outputTokens.total ?? 0));
      return result;
    },
  };
}

export function createTracedModel(tracer: Tracer, options: TracingOptions = {}) {
  // The stand-in unless LAB_PROVIDER chooses a real model; the rules are the stand-in's.
  const base = getModel({}, {
    rules: [
      {
        name: 'look up an order',
        when: /order \d+/i,
        toolCall: { toolName: 'lookupOrder', input: (c) => ({ orderId: `ord-${c.input.match(/order (\d+)/i)?.[1]}` }) },
        reply: (c) => {
          const output = c.toolResults[0]?.output as { orderId: string; status: string };
          return `Your order ${output.orderId} is ${output.status}. Anything else I can help with?`;
        },
      },
    ],
  });
  // The first middleware is the outermost: the span includes the simulated latency.
  return wrapLanguageModel({ model: base, middleware: [tracingMiddleware(tracer, options), simulatedLatency(tracer.clock)] });
}

export interface SupportRequest {
  tenant?: string;
  question: string;
}

export async function answerRequest(tracer: Tracer, request: SupportRequest, options: TracingOptions = {}): Promise<string> {
  const model = createTracedModel(tracer, options);
  const lookupOrder = tool({
    description: 'Look up the status of an order by its id, e.g. ord-1042.',
    inputSchema: z.object({ orderId: z.string() }),
    execute: ({ orderId }) =>
      tracer.inSpan(`execute_tool lookupOrder`, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'lookupOrder' }, async () => {
        tracer.clock.advance(35); // the order service's own time
        const order = orders[orderId];
        if (!order) throw new Error(`No order ${orderId}.`);
        return { orderId, ...order };
      }),
  });
  const attributes: Record<string, string> = { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'support-desk' };
  if (request.tenant) attributes['tenant.id'] = request.tenant;
  return tracer.inSpan('invoke_agent support-desk', attributes, async () => {
    const result = await generateText({
      model,
      system: 'You are the help desk of a small shop. Answer briefly.',
      prompt: request.question,
      tools: { lookupOrder },
      stopWhen: stepCountIs(3),
      maxOutputTokens: 300,
    });
    return result.text;
  });
}
