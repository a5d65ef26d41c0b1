import { GB, adapterCheckpointBytes, fullFineTuneBytes, loraFineTuneBytes, loraParameters, weightBytes, type Target } from './memory.ts';
import { gpt3, llama2_7b, llama65b, type ModelShape } from './models.ts';
import { recommend, type ProjectFacts } from './decide.ts';

const gb = (bytes: number) => `${(bytes / GB).toFixed(1)} GB`.padStart(10);
const millions = (count: number) => `${(count / 1e6).toFixed(1)}M`;

console.log('Memory to serve the weights (activations and KV cache not included):');
console.log('model      16-bit      8-bit      4-bit');
for (const billions of [7, 13, 70]) {
  const parameters = billions * 1e9;
  console.log(`${`${billions}B`.padEnd(5)} ${gb(weightBytes(parameters, 16))} ${gb(weightBytes(parameters, 8))} ${gb(weightBytes(parameters, 4))}`);
}

const all: Target[] = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'];
const setups: Array<[ModelShape, number, Target[], string]> = [
  [llama2_7b, 8, ['q', 'v'], 'rank 8 on q and v'],
  [llama65b, 64, all, 'rank 64 on every linear layer'],
  [gpt3, 4, ['q', 'v'], 'rank 4 on q and v'],
];
console.log('\nMemory to fine-tune, before activations (mixed-precision Adam, 16 bytes per trained parameter):');
for (const [shape, rank, targets, label] of setups) {
  const adapters = loraParameters(shape, rank, targets);
  const share = shape.parameters > 0 ? ((100 * adapters) / shape.parameters).toFixed(2) : '0';
  console.log(`${shape.name}, LoRA ${label}: ${millions(adapters)} trainable parameters (${share}% of the model), saved adapter ${(adapterCheckpointBytes(adapters) / 1e6).toFixed(1)} MB`);
  console.log(`  full ${gb(fullFineTuneBytes(shape.parameters).total)} | LoRA ${gb(loraFineTuneBytes(shape.parameters, 16, adapters).total)} | QLoRA ${gb(loraFineTuneBytes(shape.parameters, 4, adapters).total)}`);
}

const projects: Array<[string, ProjectFacts]> = [
  ['Support bot over this week’s help articles', { needsFreshOrPrivateData: true, dataChangesOften: true, promptingFailsOnStyle: false, labelledExamples: 50, requestsPerDay: 5_000 }],
  ['Invoice fields in a strict house format, 2,000 examples', { needsFreshOrPrivateData: false, dataChangesOften: false, promptingFailsOnStyle: true, labelledExamples: 2_000, requestsPerDay: 20_000 }],
  ['Internal summariser, 40 requests a day', { needsFreshOrPrivateData: false, dataChangesOften: false, promptingFailsOnStyle: false, labelledExamples: 0, requestsPerDay: 40 }],
];
console.log('\nRecommendations:');
for (const [name, facts] of projects) {
  const { approach, reasons } = recommend(facts);
  console.log(`- ${name}: ${approach}\n    ${reasons.join('\n    ') || '(no reasons given)'}`);
}
