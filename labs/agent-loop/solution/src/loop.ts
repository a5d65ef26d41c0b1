import { generateText, type JSONValue, type LanguageModel, type ModelMessage, type ToolModelMessage, type ToolSet } from 'ai';
import { costOf, type PriceRow } from '@ai-roadmap/kit';
import type { Observation } from './planner-model.ts';

export type { Observation };

/** Why a run ended: the model answered, or a cap stopped it first. */
export type StopReason = 'answered' | 'step-cap' | 'spend-cap';

export interface AgentOptions {
  model: LanguageModel;
  tools: ToolSet;
  task: string;
  system?: string;
  /** The most model calls (steps) one run may make. */
  maxSteps: number;
  /** The most one run may spend on the model, in US dollars, priced with `price`. */
  maxSpendUsd: number;
  price: PriceRow;
}

export interface AgentRun {
  stopReason: StopReason;
  /** The model's answer; empty when a cap stopped the run. */
  answer: string;
  steps: number;
  spentUsd: number;
  observations: Observation[];
}

/** The tools as the model sees them: name, description and input schema, without the code that runs them. */
function describe(tools: ToolSet): ToolSet {
  return Object.fromEntries(Object.entries(tools).map(([name, { execute: _runsHere, ...definition }]) => [name, definition]));
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Act: run one tool call, and turn whatever happens into an observation the model can read. */
export async function act(tools: ToolSet, toolName: string, input: unknown, toolCallId: string): Promise<Observation> {
  const execute = tools[toolName]?.execute;
  if (!execute) return { toolName, input, error: `There is no tool called "${toolName}".` };
  try {
    return { toolName, input, output: await execute(input, { toolCallId, messages: [], context: {} }) };
  } catch (error) {
    // The error is information for the model, like any other result: it may retry, correct itself or give up.
    return { toolName, input, error: messageOf(error) };
  }
}

/** The agent loop, by hand: think (one model call), act (run its tool calls), observe (send back the results), until it answers or a cap stops it. */
export async function runAgent(options: AgentOptions): Promise<AgentRun> {
  const messages: ModelMessage[] = [{ role: 'user', content: options.task }];
  const observations: Observation[] = [];
  let steps = 0;
  let spentUsd = 0;
  const stop = (stopReason: StopReason, answer = ''): AgentRun => ({ stopReason, answer, steps, spentUsd, observations });

  for (;;) {
    // The caps are checked before each model call, because the next call is what would cost.
    if (steps >= options.maxSteps) return stop('step-cap');
    if (spentUsd >= options.maxSpendUsd) return stop('spend-cap');

    // Think: one model call, with the whole conversation so far.
    const result = await generateText({ model: options.model, system: options.system, messages, tools: describe(options.tools) });
    steps += 1;
    spentUsd += costOf(result.usage, options.price);
    messages.push(...result.response.messages);
    if (result.toolCalls.length === 0) return stop('answered', result.text);

    // Act, then observe: every call gets a result back, even when its tool failed.
    const results: ToolModelMessage['content'] = [];
    for (const call of result.toolCalls) {
      if (call.invalid) {
        // Its input broke the tool's schema: generateText has already sent that error back, in response.messages.
        observations.push({ toolName: call.toolName, input: call.input, error: messageOf(call.error) });
        continue;
      }
      const observation = await act(options.tools, call.toolName, call.input, call.toolCallId);
      observations.push(observation);
      const output = observation.error === undefined
        ? { type: 'json' as const, value: (observation.output ?? null) as JSONValue }
        : { type: 'error-text' as const, value: observation.error };
      results.push({ type: 'tool-result', toolCallId: call.toolCallId, toolName: call.toolName, output });
    }
    if (results.length > 0) messages.push({ role: 'tool', content: results });
  }
}
