import { priceOf } from '@ai-roadmap/kit';
import { createBackend, type BackendOptions } from '../src/backend.ts';
import type { AgentOptions } from '../src/loop.ts';
import { createPlannerModel } from '../src/planner-model.ts';
import { deskPlan } from '../src/plans.ts';
import { createTools } from '../src/tools.ts';

export const price = priceOf('gpt-6.1-sol');
export const refundTask = 'Please refund £12 on order 1042: the mug arrived chipped.';
export const historyTask = 'List every order alice@example.com has placed.';

/** A fresh back office, its tools and the options of one run: generous caps unless a test sets its own. */
export function desk(task: string, backendOptions: BackendOptions = {}, caps: Partial<Pick<AgentOptions, 'maxSteps' | 'maxSpendUsd'>> = {}) {
  const backend = createBackend(backendOptions);
  const options: AgentOptions = {
    model: createPlannerModel(deskPlan),
    tools: createTools(backend, { runId: 'test-run' }),
    task,
    price,
    maxSteps: caps.maxSteps ?? 12,
    maxSpendUsd: caps.maxSpendUsd ?? 1,
  };
  return { backend, options };
}

/** Runs an agent, turning an escaped tool error into a failure that says where to look. */
export async function runOrExplain<T>(run: () => Promise<T>, where: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`The run threw "${(error as Error).message}". A tool's error must come back to the model as an observation, not end the run (${where}).`);
  }
}
