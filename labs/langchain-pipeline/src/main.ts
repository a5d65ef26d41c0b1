import { routeAllByHand } from './by-hand.ts';
import { AiSdkChatModel } from './chat-model.ts';
import { accuracy } from './evaluate.ts';
import { bootstrapFewShot, defaultOptions } from './optimise.ts';
import { buildPipeline } from './pipeline.ts';
import { removeLeaks } from './split.ts';
import { routingModel } from './stand-in.ts';
import { tickets } from './tickets.ts';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const model = new AiSdkChatModel(routingModel());

const trainset = removeLeaks(tickets.train, tickets.test);
console.log(`${tickets.train.length} training tickets, ${tickets.test.length} test tickets; ${tickets.train.length - trainset.length} training tickets removed because they also appear in the test split.`);

const zeroShot = await accuracy(buildPipeline(model, []), tickets.test);
console.log(`Zero-shot (no demos): ${percent(zeroShot)} of the test tickets routed correctly.`);

const optimised = await bootstrapFewShot(model, trainset, defaultOptions);
console.log(`Optimiser, on the training split only: candidate scores ${optimised.scores.map(percent).join(', ')}; the winner has ${optimised.demos.length} demos.`);
for (const demo of optimised.demos) console.log(`  demo [${demo.label}] ${demo.ticket}`);

const compiled = await accuracy(buildPipeline(model, optimised.demos), tickets.test);
console.log(`With the chosen demos: ${percent(compiled)} of the test tickets routed correctly (zero-shot: ${percent(zeroShot)}).`);

// The same pipeline written by hand (src/by-hand.ts): the same prompt and model, so the same answers.
const byHand = await routeAllByHand(routingModel(), optimised.demos, tickets.test.map((example) => example.ticket));
const right = byHand.filter((answer, index) => answer === tickets.test[index]!.label).length;
console.log(`By hand, without LangChain, with the same demos: ${percent(right / tickets.test.length)} routed correctly. Still wrong:`);
byHand.forEach((answer, index) => {
  const { ticket, label } = tickets.test[index]!;
  if (answer !== label) console.log(`  [${label}] ${ticket} → ${answer instanceof Error ? 'no team' : answer}`);
});
