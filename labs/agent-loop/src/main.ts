import { getModel, priceOf, settingsFromEnvironment } from '@ai-roadmap/kit';
import { createBackend } from './backend.ts';
import { runAgent, type AgentOptions, type AgentRun } from './loop.ts';
import { createPlannerModel } from './planner-model.ts';
import { deskPlan } from './plans.ts';
import { runWithSdk } from './sdk-loop.ts';
import { createTools } from './tools.ts';

// With LAB_PROVIDER set, the same loops drive a real model; otherwise the planner stand-in follows deskPlan.
const provider = settingsFromEnvironment().provider;
const model = provider && provider !== 'stand-in' ? getModel() : createPlannerModel(deskPlan);
const system = 'You are a help desk for a small shop. Use the tools to look up orders, refund delivered orders and list a customer’s orders. Answer in one sentence.';
const price = priceOf('gpt-6.1-sol'); // the stand-in is free: price its tokens as a real model would bill them

function report(title: string, run: AgentRun, refundsMade: number) {
  console.log(`\n${title}`);
  for (const [index, observation] of run.observations.entries()) {
    // A long run shows its first three observations and its last.
    if (index === 3 && run.observations.length > 5) console.log(`     … ${run.observations.length - 4} more like these …`);
    if (index >= 3 && index < run.observations.length - 1 && run.observations.length > 5) continue;
    const seen = observation.error === undefined ? JSON.stringify(observation.output) : `error: ${observation.error}`;
    const line = `${observation.toolName}(${JSON.stringify(observation.input)}) → ${seen}`;
    console.log(`  ${index + 1}. ${line.length > 150 ? `${line.slice(0, 147)}...` : line}`);
  }
  console.log(`  stopped: ${run.stopReason} after ${run.steps} steps, $${run.spentUsd.toFixed(5)} at ${price.model}'s rates; refunds made: ${refundsMade}`);
  if (run.answer) console.log(`  answer: ${run.answer}`);
}

for (const [name, run] of [['hand-written loop', runAgent], ['generateText with stopWhen', runWithSdk]] as const) {
  console.log(`\n=== ${name} ===`);
  const caps = { maxSteps: 8, maxSpendUsd: 0.05 };

  // The payments service makes the first refund, then times out: the model cannot know the money left.
  const refundDesk = createBackend({ loseAnswerOfRefundCalls: [1] });
  const options: AgentOptions = { model, system, price, ...caps, tools: createTools(refundDesk, { runId: `${name}/refund` }), task: 'Please refund £12 on order 1042: the mug arrived chipped.' };
  report('A refund, with a typo in the order id and a lost answer from payments', await run(options), refundDesk.refundsMade.length);

  // The search tool always offers another page; only a cap ends this run.
  const historyDesk = createBackend();
  const history = { ...options, tools: createTools(historyDesk, { runId: `${name}/history` }), task: 'List every order alice@example.com has placed.' };
  report('A runaway plan: the search tool never runs out of pages', await run(history), historyDesk.refundsMade.length);
  report('The same plan with a spend cap of $0.01', await run({ ...history, maxSpendUsd: 0.01 }), historyDesk.refundsMade.length);
}
