// Choose a threshold from labelled pairs, then replay the traffic with no cache, an exact-match
// cache and semantic caches, and compare hits, false hits and cost at gpt-6.1-sol's prices.
import { priceOf } from '@ai-roadmap/kit';
import { createExactCache } from './exact-cache.ts';
import { calibration, traffic } from './questions.ts';
import { replay, type AnswerCache, type ReplayReport } from './replay.ts';
import { createSemanticCache } from './semantic-cache.ts';
import { chooseThreshold, labelledPairs, ratesAt } from './threshold.ts';

const price = priceOf('gpt-6.1-sol');
const ttlMs = 60 * 60_000; // one hour
const promptVersion = 'help-desk-v3';
const maxFalseHitRate = 0; // the false-hit budget on the calibration pairs: try 0.01

const pairs = labelledPairs(calibration);
const same = pairs.filter((pair) => pair.sameAnswer).length;
console.log(`Calibration: ${calibration.length} labelled questions, ${pairs.length} pairs (${same} same-answer, ${pairs.length - same} different-answer).`);
console.log('threshold | same-answer pairs served | different-answer pairs served');
for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  const rates = ratesAt(pairs, threshold);
  console.log(`     ${threshold.toFixed(2)} | ${percent(rates.hitRate).padStart(24)} | ${percent(rates.falseHitRate).padStart(29)}`);
}
const chosen = chooseThreshold(pairs, maxFalseHitRate);
console.log(`Chosen with a false-hit budget of ${percent(maxFalseHitRate)}: ${chosen.threshold.toFixed(2)} (serves ${percent(chosen.hitRate)} of same-answer pairs).\n`);

const runs: Array<[string, AnswerCache | undefined]> = [
  ['no cache', undefined],
  ['exact match', createExactCache({ ttlMs })],
  [`semantic at ${chosen.threshold.toFixed(2)}`, createSemanticCache({ threshold: chosen.threshold, ttlMs })],
  ['semantic at 0.50', createSemanticCache({ threshold: 0.5, ttlMs })],
];
let baseline: ReplayReport | undefined;
console.log(`Replay: ${traffic.length} requests from two shops, priced at ${price.model}'s rates.`);
console.log('cache             | hits (rate)  | false hits | model calls |    cost    |   saved');
for (const [name, cache] of runs) {
  const report = await replay(traffic, { cache, price, promptVersion });
  baseline ??= report;
  const saved = baseline.costUsd - report.costUsd;
  console.log(`${name.padEnd(17)} | ${String(report.hits).padStart(4)} (${percent(report.hits / report.requests).padStart(5)}) | ${String(report.falseHits).padStart(10)} | ${String(report.modelCalls).padStart(11)} | $${report.costUsd.toFixed(5)} | $${saved.toFixed(5)}`);
  for (const served of report.served.filter((item) => item.falseHit)) {
    console.log(`    false hit: ${served.request.tenant} asked "${served.request.question}" and got "${served.answer}"`);
  }
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
