import { costOf, fnv1a, seededRandom, type PriceRow } from '@ai-roadmap/kit';
import { runAgent, type AgentRun } from './agent.ts';
import { judgeOutcome, judgePath, type OutcomeFailure, type PathFailure, type Verdict } from './judge.ts';
import { createShop, type Shop } from './shop.ts';
import type { Task } from './tasks.ts';

/** One trial of one task: what the judges said, and what it cost. */
export interface TrialRecord {
  taskId: string;
  trial: number;
  outcome: Verdict<OutcomeFailure>;
  path: Verdict<PathFailure>;
  steps: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export type Agent = (task: Task, shop: Shop, random: () => number) => AgentRun;

export interface EvaluationOptions {
  tasks: Task[];
  trials: number;
  /** The seed of the whole evaluation: each trial's randomness comes from (seed, task, trial). */
  seed: string;
  /** The price row that turns the agent's tokens into dollars. */
  price: PriceRow;
  agent?: Agent;
}

/** Runs every task `trials` times, each time in a fresh shop with its own seeded randomness, and judges each run. */
export function runEvaluation({ tasks, trials, seed, price, agent = runAgent }: EvaluationOptions): TrialRecord[] {
  const records: TrialRecord[] = [];
  for (const task of tasks) {
    for (let trial = 1; trial <= trials; trial++) {
      const random = seededRandom(fnv1a(`${seed}:${task.id}:${trial}`));
      const run = agent(task, createShop(), random);
      records.push({
        taskId: task.id,
        trial,
        outcome: judgeOutcome(task, run),
        path: judgePath(run),
        steps: run.steps,
        inputTokens: run.inputTokens,
        outputTokens: run.outputTokens,
        costUsd: costOf({ inputTokens: run.inputTokens, outputTokens: run.outputTokens }, price),
      });
    }
  }
  return records;
}
