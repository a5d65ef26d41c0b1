import { generateText } from 'ai';
import { getModel, plot, prices } from '@ai-roadmap/kit';
import { systemPrompt, ticket } from './prompt.ts';
import { countPrompt } from './count.ts';
import { cheapestModel, costPerMonth, costPerRequest, type Scenario } from './cost.ts';

const { text, usage } = await generateText({ model: getModel(), system: systemPrompt, prompt: ticket });
const counted = countPrompt(systemPrompt, ticket);
console.log(`Model answer: ${text}`);
console.log(`Usage reported by the model: ${usage.inputTokens} input + ${usage.outputTokens} output tokens.`);
console.log(`Counted here: ${counted.inputTokens} input tokens, ${counted.stablePrefixTokens} of them the system prompt.\n`);

// Real answers run longer than the stand-in's: assume 250 output tokens.
const scenario: Scenario = { inputTokens: counted.inputTokens, stablePrefixTokens: counted.stablePrefixTokens, outputTokens: 250, requestsPerMonth: 10_000_000 };
const real = prices.filter((row) => row.provider !== 'stand-in');
const usd = (value: number) => `$${value.toLocaleString('en', { maximumFractionDigits: value < 1 ? 5 : 0 })}`;

console.log(`${scenario.inputTokens} input and ${scenario.outputTokens} output tokens a request, ${scenario.requestsPerMonth.toLocaleString('en')} requests a month:`);
console.log('model                   per request   per month      prices as of');
for (const row of real) {
  console.log(`${row.model.padEnd(23)} ${usd(costPerRequest(scenario, row)).padEnd(13)} ${usd(costPerMonth(scenario, row)).padEnd(14)} ${row.asOf}`);
}

// OpenAI caches a prefix of 1,024 tokens or more, automatically (checked November 2026).
const levers: Array<[string, Scenario]> = [
  ['as it is', scenario],
  [`cache the ${(scenario.stablePrefixTokens ?? 0).toLocaleString('en')}-token system prompt`, { ...scenario, minimumCachePrefix: 1_024 }],
  ['batch API (50% off)', { ...scenario, batchDiscount: 0.5 }],
  ['answers capped at 120 tokens', { ...scenario, maxOutputTokens: 120 }],
  ['a reasoning model thinks 1,000 tokens first', { ...scenario, reasoningTokens: 1_000 }],
];
const reference = real.find((row) => row.model === 'gpt-6.1-terra') ?? real[0]!;
console.log(`\nLevers, on ${reference.model}:`);
for (const [label, variant] of levers) console.log(`  ${label.padEnd(44)} ${usd(costPerMonth(variant, reference))} a month`);
plot({
  kind: 'bar',
  title: `The levers on ${reference.model}: what 10 million requests cost a month`,
  x: { label: 'lever' },
  y: { label: 'US dollars a month' },
  series: [{ label: reference.model, points: levers.map(([label, variant]) => [label, costPerMonth(variant, reference)]) }],
});
const best = cheapestModel(scenario, real);
console.log(`\nCheapest in the table for this scenario: ${best.model} at ${usd(best.monthly)} a month (before you check its quality).`);
