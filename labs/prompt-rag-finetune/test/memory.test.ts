import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GB, adapterCheckpointBytes, fullFineTuneBytes, loraFineTuneBytes, loraParameters, weightBytes } from '../src/memory.ts';
import { gpt3, llama2_7b, llama65b } from '../src/models.ts';

const within = (actual: number, expected: number, share: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= share * expected, `${what}: ${actual} is not within ${share * 100}% of ${expected}`);

test('weight memory is parameters × bits ÷ 8', () => {
  assert.equal(weightBytes(7e9, 16), 14 * GB);
  assert.equal(weightBytes(7e9, 4), 3.5 * GB);
  assert.equal(weightBytes(70e9, 8), 70 * GB);
});

// ZeRO (Rajbhandari et al., 2019, arXiv:1910.02054), section 3.1: mixed-precision Adam holds
// 2 + 2 + 12 = 16 bytes per parameter, so a 1.5B-parameter GPT-2 needs at least 24 GB,
// of which only 3 GB are its 16-bit weights.
test('full fine-tuning with mixed-precision Adam needs 16 bytes per parameter (the ZeRO paper’s 1.5B → 24 GB)', () => {
  const gpt2 = fullFineTuneBytes(1.5e9);
  assert.equal(gpt2.total, 24 * GB);
  assert.equal(gpt2.weights, 3 * GB);
  const seven = fullFineTuneBytes(7e9);
  assert.deepEqual(seven, { weights: 14 * GB, gradients: 14 * GB, optimizer: 84 * GB, total: 112 * GB });
});

// LoRA (Hu et al., 2021, arXiv:2106.09685), section 4.2: on GPT-3 175B, with rank 4 on the query
// and value projections, LoRA cuts training memory from 1.2 TB to 350 GB, trains about 10,000 times
// fewer parameters, and shrinks the checkpoint from 350 GB to about 35 MB.
test('the LoRA paper’s GPT-3 figures: ~10,000× fewer trainable parameters, a ~35 MB adapter, 350 GB to train', () => {
  const adapters = loraParameters(gpt3, 4, ['q', 'v']);
  assert.equal(adapters, 18_874_368); // 96 layers × 2 matrices × 4 × (12,288 + 12,288)
  const fewer = gpt3.parameters / adapters;
  assert.ok(fewer > 5_000 && fewer < 20_000, `${fewer.toFixed(0)}× fewer is not roughly 10,000×`);
  within(adapterCheckpointBytes(adapters), 35e6, 0.1, 'adapter checkpoint');
  assert.equal(weightBytes(gpt3.parameters, 16), 350 * GB, 'the full 16-bit checkpoint is 350 GB');
  within(loraFineTuneBytes(gpt3.parameters, 16, adapters).total, 350 * GB, 0.01, 'LoRA training memory');
});

// QLoRA (Dettmers et al., 2023, arXiv:2305.14314): 16-bit fine-tuning of LLaMA 65B needs more than
// 780 GB; QLoRA fine-tunes it on a single 48 GB GPU.
test('the QLoRA paper’s figures: 65B in 4 bits with adapters on every layer fits 48 GB; 16-bit fine-tuning needs over 780 GB', () => {
  const adapters = loraParameters(llama65b, 64, ['q', 'k', 'v', 'o', 'gate', 'up', 'down']);
  const qlora = loraFineTuneBytes(llama65b.parameters, 4, adapters);
  assert.ok(qlora.total < 48 * GB, `${qlora.total / GB} GB does not fit a 48 GB GPU`);
  assert.ok(weightBytes(llama65b.parameters, 4) === 32.5 * GB);
  assert.ok(loraFineTuneBytes(llama65b.parameters, 16, adapters).total > 48 * GB, 'with a 16-bit base it does not fit');
  assert.ok(fullFineTuneBytes(llama65b.parameters).total > 780 * GB);
});

test('adapters are a small share of the model: rank 8 on q and v of Llama 2 7B is under 0.1%', () => {
  const qv = loraParameters(llama2_7b, 8, ['q', 'v']);
  assert.equal(qv, 4_194_304); // 32 layers × 2 × 8 × (4,096 + 4,096)
  assert.ok(qv / llama2_7b.parameters < 0.001);
  const everyLayer = loraParameters(llama2_7b, 16, ['q', 'k', 'v', 'o', 'gate', 'up', 'down']);
  assert.equal(everyLayer, 32 * (4 * 16 * 8_192 + 3 * 16 * (4_096 + 11_008)));
});

test('LoRA keeps gradients and optimizer state for the adapters only; QLoRA also shrinks the frozen base', () => {
  const adapters = loraParameters(llama2_7b, 8, ['q', 'v']);
  const lora = loraFineTuneBytes(7e9, 16, adapters);
  const qlora = loraFineTuneBytes(7e9, 4, adapters);
  assert.equal(lora.gradients, weightBytes(adapters, 16));
  assert.equal(lora.optimizer, adapters * 12);
  assert.equal(lora.weights, 14 * GB + weightBytes(adapters, 16));
  assert.equal(lora.total - qlora.total, 10.5 * GB); // 14 GB of 16-bit base against 3.5 GB of 4-bit base
  assert.ok(lora.total < fullFineTuneBytes(7e9).total);
});
