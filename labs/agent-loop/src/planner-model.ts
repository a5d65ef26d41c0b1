import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4Prompt,
  LanguageModelV4StreamPart,
} from '@ai-sdk/provider';
import { loadTokenizer, withUsageReporting } from '@ai-roadmap/kit';

// The lab's stand-in for an agent's model. The kit's stand-in answers once a
// tool has returned, so it cannot plan several steps; this one can. It reads
// the conversation it is sent (the task, then every tool call and its result)
// and asks a plan, a plain function you can read in plans.ts, what to do
// next. It speaks the AI SDK's model interface, so generateText drives it
// exactly as it drives a real provider, and it reports token usage counted
// with the kit's tokenizer, so a loop can price its steps.

/** What came back from one tool call: its output, or the error it reported. */
export interface Observation {
  toolName: string;
  input: unknown;
  output?: unknown;
  error?: string;
}

/** What a plan sees: the task (the last user message) and what its tool calls have returned so far. */
export interface PlanState {
  task: string;
  observations: Observation[];
}

/** A plan's next move: call a tool, or answer and stop. */
export type Move = { call: string; input: Record<string, unknown> } | { answer: string };

export type Plan = (state: PlanState) => Move;

function text(parts: ReadonlyArray<{ type: string; text?: string }>): string {
  return parts.flatMap((part) => (part.type === 'text' && part.text !== undefined ? [part.text] : [])).join('\n');
}

function observationOf(output: { type: string; value?: unknown; reason?: string }): Pick<Observation, 'output' | 'error'> {
  if (output.type === 'error-text') return { error: String(output.value) };
  if (output.type === 'error-json') return { error: JSON.stringify(output.value) };
  if (output.type === 'execution-denied') return { error: `denied: ${output.reason ?? 'no reason given'}` };
  return { output: output.value };
}

/** The task and the observations since it, read from the prompt the model is sent. */
export function readState(prompt: LanguageModelV4Prompt): PlanState {
  let task = '';
  let observations: Observation[] = [];
  const inputs = new Map<string, unknown>();
  for (const message of prompt) {
    if (message.role === 'user') {
      task = text(message.content);
      observations = [];
    } else if (message.role === 'assistant') {
      for (const part of message.content) if (part.type === 'tool-call') inputs.set(part.toolCallId, part.input);
    } else if (message.role === 'tool') {
      for (const part of message.content) {
        if (part.type !== 'tool-result') continue;
        observations.push({ toolName: part.toolName, input: inputs.get(part.toolCallId), ...observationOf(part.output) });
      }
    }
  }
  return { task, observations };
}

/** Everything the model is sent, as text: what a provider would bill as input tokens. */
function promptText(call: LanguageModelV4CallOptions): string {
  const tools = (call.tools ?? []).map((tool) => JSON.stringify(tool));
  return [...call.prompt.map((message) => JSON.stringify(message.content)), ...tools].join('\n');
}

export interface PlannerOptions {
  /** The model name it reports (default "planner"). */
  modelId?: string;
}

/** A deterministic model that follows a plan, behind the AI SDK's model interface (LanguageModelV4). */
export function createPlannerModel(plan: Plan, options: PlannerOptions = {}): LanguageModelV4 {
  const modelId = options.modelId ?? 'planner';
  let calls = 0;

  async function decide(call: LanguageModelV4CallOptions) {
    const { countTokens } = await loadTokenizer();
    const id = `call-${++calls}`;
    const move = plan(readState(call.prompt));
    const content: LanguageModelV4Content[] =
      'answer' in move
        ? [{ type: 'text', text: move.answer }]
        : [{ type: 'tool-call', toolCallId: id, toolName: move.call, input: JSON.stringify(move.input) }];
    const said = 'answer' in move ? move.answer : `${move.call} ${JSON.stringify(move.input)}`;
    const inputTokens = countTokens(promptText(call));
    const outputTokens = countTokens(said);
    return {
      id,
      content,
      finishReason: { unified: 'answer' in move ? ('stop' as const) : ('tool-calls' as const), raw: 'answer' in move ? 'answer' : 'tool call' },
      usage: {
        inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 },
        outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
      },
    };
  }

  const model: LanguageModelV4 = {
    specificationVersion: 'v4',
    provider: 'planner',
    modelId,
    supportedUrls: {},
    async doGenerate(call) {
      const { id, content, finishReason, usage } = await decide(call);
      return { content, finishReason, usage, warnings: [], response: { id, modelId } };
    },
    async doStream(call) {
      // Streaming is here for completeness: the whole move arrives in one piece.
      const { id, content, finishReason, usage } = await decide(call);
      const parts: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: [] }, { type: 'response-metadata', id, modelId }];
      for (const part of content) {
        if (part.type === 'text') parts.push({ type: 'text-start', id }, { type: 'text-delta', id, delta: part.text }, { type: 'text-end', id });
        else if (part.type === 'tool-call') parts.push(part);
      }
      parts.push({ type: 'finish', usage, finishReason });
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  };
  return withUsageReporting(model);
}
