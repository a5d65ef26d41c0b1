import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GB, fullFineTuneBytes, loraFineTuneBytes, weightBytes } from '../src/memory.ts';

test('weight memory is parameters × bits ÷ 8', () => {
  assert.equal(weightBytes(7e9, 16), 14 * GB);
  assert.equal(weightBytes(7e9, 4), 3.5 * GB);
  assert.equal(weightBytes(70e9, 8), 70 * GB);
});

// QLoRA (Dettmers et al., 2023, arXiv:2305.14314): a 65B model fine-tuned on a single 48 GB GPU.
test('the QLoRA paper’s claim holds: 65B parameters in 4 bits fit a 48 GB GPU, in 16 bits they do not', () => {
  assert.equal(weightBytes(65e9, 4), 32.5 * GB);
  assert.ok(loraFineTuneBytes(65e9, 4).total < 48 * GB);
  assert.ok(weightBytes(65e9, 16) > 48 * GB);
});

test('full fine-tuning with Adam needs 8 bytes per parameter before activations', () => {
  const estimate = fullFineTuneBytes(7e9);
  assert.equal(estimate.weights, 14 * GB);
  assert.equal(estimate.gradients, 14 * GB);
  assert.equal(estimate.optimizer, 56 * GB);
  assert.equal(estimate.total, 84 * GB);
});

test('LoRA trains only the adapters; QLoRA also shrinks the frozen base', () => {
  const lora = loraFineTuneBytes(7e9, 16, 0.01);
  const qlora = loraFineTuneBytes(7e9, 4, 0.01);
  assert.equal(lora.gradients, weightBytes(7e7, 16));
  assert.equal(lora.optimizer, 2 * weightBytes(7e7, 32));
  assert.ok(Math.abs(lora.weights - (14 + 0.14) * GB) < 1);
  assert.ok(qlora.total < lora.total && lora.total < fullFineTuneBytes(7e9).total);
});
