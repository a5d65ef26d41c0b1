import { GB, fullFineTuneBytes, loraFineTuneBytes, weightBytes } from './memory.ts';
import { recommend, type ProjectFacts } from './decide.ts';

const gb = (bytes: number) => `${(bytes / GB).toFixed(1)} GB`.padStart(9);

console.log('Memory to serve the weights (activations and KV cache not included):');
console.log('model    16-bit     8-bit     4-bit');
for (const billions of [7, 13, 70]) {
  const parameters = billions * 1e9;
  console.log(`${`${billions}B`.padEnd(5)} ${gb(weightBytes(parameters, 16))} ${gb(weightBytes(parameters, 8))} ${gb(weightBytes(parameters, 4))}`);
}

console.log('\nMemory to fine-tune, before activations:');
for (const billions of [7, 65]) {
  const parameters = billions * 1e9;
  console.log(`${billions}B: full ${gb(fullFineTuneBytes(parameters).total)} | LoRA ${gb(loraFineTuneBytes(parameters, 16).total)} | QLoRA ${gb(loraFineTuneBytes(parameters, 4).total)}`);
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
