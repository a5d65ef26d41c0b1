import { generateText, isStepCount, type StepResult, type StopCondition, type ToolSet } from 'ai';
import { costOf, type PriceRow } from '@ai-roadmap/kit';
import type { AgentOptions, AgentRun, Observation, StopReason } from './loop.ts';

/** What a run's steps have cost so far, in US dollars. */
export function spendOf(steps: ReadonlyArray<Pick<StepResult<ToolSet>, 'usage'>>, price: PriceRow): number {
  return steps.reduce((sum, step) => sum + costOf(step.usage, price), 0);
}

/** Every tool result and tool error of a run, in order, as the hand-written loop records them. */
function observationsOf(steps: ReadonlyArray<StepResult<ToolSet>>): Observation[] {
  return steps.flatMap((step) =>
    step.content.flatMap((part): Observation[] => {
      if (part.type === 'tool-result') return [{ toolName: part.toolName, input: part.input, output: part.output }];
      if (part.type === 'tool-error') return [{ toolName: part.toolName, input: part.input, error: part.error instanceof Error ? part.error.message : String(part.error) }];
      return [];
    }),
  );
}

/** A stop condition for generateText: true once the steps so far have cost maxUsd or more. */
export function spendCapReached(maxUsd: number, price: PriceRow): StopCondition<ToolSet> {
  // TODO: true once the steps so far have cost maxUsd or more (spendOf adds them up).
  return () => false;
}

/** The same agent on the AI SDK's own loop: generateText runs the tools, sends back their results and errors, and stops when told. */
export async function runWithSdk(options: AgentOptions): Promise<AgentRun> {
  const result = await generateText({
    model: options.model,
    system: options.system,
    prompt: options.task,
    tools: options.tools,
    // TODO: stop at options.maxSteps steps or at the spend cap, whichever comes
    // first (stopWhen takes an array: any condition that is true stops the loop).
    stopWhen: isStepCount(25),
  });
  const spentUsd = spendOf(result.steps, options.price);
  const answered = result.finishReason !== 'tool-calls';
  // TODO: say why the run stopped: 'answered' when it ended with an answer; a run
  // that ends on a tool call was stopped by a cap, 'spend-cap' or 'step-cap'.
  const stopReason: StopReason = 'answered';
  return { stopReason, answer: answered ? result.text : '', steps: result.steps.length, spentUsd, observations: observationsOf(result.steps) };
}
