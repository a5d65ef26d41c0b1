import { generateText } from 'ai';
import { countTokens, getModel, prices } from '@ai-roadmap/kit';
import { cheapestModel, costPerMonth, costPerRequest, type Scenario } from './cost.ts';

// A support assistant: a long system prompt plus the ticket, a short answer.
const system = 'You are a support assistant for an online shop. Answer in three sentences or fewer, cite the help-centre article you used, and never promise refunds. '.repeat(8);
const ticket = 'Summarise: my parcel was marked as delivered yesterday but it is not here, and the courier says to contact you.';

const { text, usage } = await generateText({ model: getModel(), system, prompt: ticket });
console.log(`Model answer: ${text}`);
console.log(`Usage reported: ${usage.inputTokens} input + ${usage.outputTokens} output tokens (system prompt alone: ${countTokens(system)} tokens).\n`);

// Real answers run longer than the stand-in's; assume 250 output tokens.
const scenario: Scenario = { inputTokens: usage.inputTokens ?? 0, outputTokens: 250, requestsPerMonth: 10_000_000 };
const real = prices.filter((row) => row.provider !== 'stand-in');
const usd = (value: number) => `$${value.toLocaleString('en', { maximumFractionDigits: value < 1 ? 5 : 0 })}`;

console.log(`At ${scenario.requestsPerMonth.toLocaleString('en')} requests a month:`);
console.log('model               per request   per month      price as of');
for (const row of real) {
  console.log(`${row.model.padEnd(19)} ${usd(costPerRequest(scenario, row)).padEnd(13)} ${usd(costPerMonth(scenario, row)).padEnd(14)} ${row.asOf}`);
}

const levers: Array<[string, Scenario]> = [
  ['as it is', scenario],
  ['80% of the prompt cached', { ...scenario, cachedShare: 0.8 }],
  ['batch API (50% off)', { ...scenario, batchDiscount: 0.5 }],
  ['answers capped at 120 tokens', { ...scenario, maxOutputTokens: 120 }],
];
const reference = real.find((row) => row.model === 'gpt-4.1-mini') ?? real[0]!;
console.log(`\nLevers, on ${reference.model}:`);
for (const [label, variant] of levers) console.log(`  ${label.padEnd(30)} ${usd(costPerMonth(variant, reference))} a month`);
const best = cheapestModel(scenario, real);
console.log(`\nCheapest in the table for this scenario: ${best.model} at ${usd(best.monthly)} a month (before you check its quality).`);
