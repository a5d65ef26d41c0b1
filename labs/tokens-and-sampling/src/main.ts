import { countTokens, tokenize } from '@ai-roadmap/kit/tokens';
import { plot, seededRandom } from '@ai-roadmap/kit';
import { decode, encode, learnMerges } from './bpe.ts';
import { probabilities, sample } from './sampler.ts';
import { fitHistory } from './context-budget.ts';
import { conversation, system } from './conversation.ts';

const corpus = 'low lower lowest newer newest wider widest slow slower slowest new newer';
const merges = learnMerges(corpus, 10);
console.log('Learned merges, in order:', merges.map(([a, b]) => `${a}+${b}`).join('  '));
const sentence = 'the slowest newer widget';
const tokens = encode(sentence, merges);
console.log(`\nToy BPE: "${sentence}" → ${tokens.length} tokens: ${tokens.join(' | ')}`);
console.log(`Decoded: "${decode(tokens)}"`);
const shown = (text: string) => `${countTokens(text)} tokens: ${tokenize(text).map((token) => JSON.stringify(token)).join(' ')}`;
console.log(`Real cl100k tokenizer: ${shown(sentence)}`);
// Real tokenizers split text into words, numbers and punctuation first (pre-tokenization), then merge within each piece.
const tricky = "It's 2026: 1234567 tokens, isn't it?";
console.log(`Real cl100k on "${tricky}": ${shown(tricky)}`);

const logits = { Paris: 5.0, Lyon: 3.2, London: 2.5, Berlin: 1.0, banana: -2.0 };
plot({
  kind: 'bar',
  title: 'Next token after "The capital of France is", at three temperatures',
  x: { label: 'token' },
  y: { label: 'probability', min: 0, max: 1 },
  series: [0, 0.7, 1.5].map((temperature) => ({
    label: `temperature ${temperature}`,
    points: probabilities(logits, temperature).map(({ token, p }): [string, number] => [token, p]),
  })),
});
console.log('\nNext token after "The capital of France is":');
for (const temperature of [0, 0.7, 1.5]) {
  const shown = probabilities(logits, temperature).map(({ token, p }) => `${token} ${(p * 100).toFixed(1)}%`).join(', ');
  const random = seededRandom(42);
  const draws = Array.from({ length: 8 }, () => sample(logits, { temperature, topP: 0.95 }, random));
  console.log(`  temperature ${temperature}: ${shown}\n    8 draws (seed 42, top-p 0.95): ${draws.join(' ')}`);
}

// A context budget, small enough to count by hand: a 160-token window with 64 tokens kept for the answer.
const budget = { contextWindow: 160, reservedForAnswer: 64, system };
const fitted = fitHistory(budget, conversation);
console.log(`\nContext budget: a ${budget.contextWindow}-token window, ${budget.reservedForAnswer} reserved for the answer, a ${countTokens(system)}-token system prompt`);
console.log(`  kept the newest ${fitted.kept.length} of ${conversation.length} messages: ${fitted.inputTokens} input tokens, ${fitted.spare} spare`);
for (const message of fitted.dropped) console.log(`  dropped (${countTokens(message.content)} tokens) ${message.role}: ${message.content}`);
