import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priceOf } from '@ai-roadmap/kit';
import ticketSummariser from '../src/data/ticket-summariser.json' with { type: 'json' };
import replyDrafter from '../src/data/reply-drafter.json' with { type: 'json' };
import { readFeature, type Feature } from '../src/feature.ts';
import { percentile } from '../src/percentile.ts';
import { marginAt } from '../src/margin.ts';
import { reviewLaunch } from '../src/review.ts';
import { formatReport } from '../src/report.ts';

const summariser = readFeature(ticketSummariser, 'src/data/ticket-summariser.json');
const drafter = readFeature(replyDrafter, 'src/data/reply-drafter.json');
const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: expected ${expected}, got ${actual}`);

/** A feature with every safety net, to change one thing at a time. */
const safe = (changes: Partial<Feature> = {}): Feature => ({ ...drafter, ...changes });

test('percentile takes the nearest rank of the sorted values', () => {
  const values = [7, 1, 9, 3, 5, 2, 8, 4, 10, 6, 11, 20, 13, 12, 15, 14, 16, 18, 17, 19];
  assert.equal(percentile(values, 50), 10, 'p50 of 1..20 is the 10th value once sorted: sort a copy first');
  assert.equal(percentile(values, 95), 19, 'p95 of 20 values is the 19th: rank ceil(0.95 × 20)');
  assert.equal(percentile(values, 100), 20);
  assert.equal(percentile([100, 9, 80], 50), 80, 'sort numerically: as strings, "100" would come before "80"');
  assert.deepEqual(values.slice(0, 3), [7, 1, 9], 'percentile must not reorder the caller\'s array');
});

test('the margin at p50 and p95 prices the percentile token counts with the kit', () => {
  const p50 = marginAt(summariser, 50);
  assert.deepEqual([p50.inputTokens, p50.outputTokens], [1794, 336], 'p50 of the summariser\'s input and output tokens');
  const terra = priceOf('gpt-6.1-terra');
  close(p50.costUsd, (1794 * terra.inputPerMTok + 336 * terra.outputPerMTok) / 1e6, 'cost of the p50 request');
  close(p50.marginUsd, 0.005 - p50.costUsd, 'margin = revenue − cost');
  assert.ok(p50.marginUsd > 0, 'the median request makes money');

  const p95 = marginAt(summariser, 95);
  assert.deepEqual([p95.inputTokens, p95.outputTokens], [4398, 808], 'p95 of the summariser\'s input and output tokens');
  close(p95.costUsd, 0.008438, 'a p95 request: 4,398 × $1 + 808 × $5 per million');
  assert.ok(p95.marginUsd < 0, 'a p95 request loses money');
});

test('a launch with every safety net and a positive margin at p95 has no findings', () => {
  const review = reviewLaunch(drafter);
  assert.ok(review.p95.marginUsd > 0, `reply-drafter's p95 margin should be positive (got ${review.p95.marginUsd})`);
  assert.deepEqual(review.findings, []);
  assert.equal(review.verdict, 'ship');
});

test('the summariser is flagged for all four problems', () => {
  const review = reviewLaunch(summariser);
  assert.deepEqual(review.findings.map((finding) => finding.code).sort(), ['negative-margin-at-p95', 'no-eval-gate', 'no-fallback', 'no-spend-cap']);
  assert.equal(review.verdict, 'fix first');
  for (const finding of review.findings) assert.ok(finding.message.length > 10, `finding ${finding.code} needs a message that says why`);
});

test('each finding is raised on its own', () => {
  const codes = (feature: Feature) => reviewLaunch(feature).findings.map((finding) => finding.code);
  assert.deepEqual(codes(safe({ revenuePerRequestUsd: 0.0002 })), ['negative-margin-at-p95'], 'at $0.0002 a request, a p95 request costs more than it earns');
  assert.deepEqual(codes(safe({ fallback: null })), ['no-fallback']);
  assert.deepEqual(codes(safe({ evalGate: null })), ['no-eval-gate']);
  assert.deepEqual(codes(safe({ spendCapUsdPerMonth: null })), ['no-spend-cap']);
});

test('a fallback on the same provider is no fallback', () => {
  const review = reviewLaunch(safe({ fallback: { model: 'claude-haiku-4-5' } }));
  assert.deepEqual(review.findings.map((finding) => finding.code), ['no-fallback'], 'claude-haiku-5-5 and claude-haiku-4-5 are both Anthropic: compare priceOf(model).provider');
  assert.match(review.findings[0]?.message ?? '', /anthropic/, 'say which provider they share');
});

test('the report names each finding and the verdict', () => {
  const report = formatReport(reviewLaunch(summariser));
  for (const code of ['negative-margin-at-p95', 'no-fallback', 'no-eval-gate', 'no-spend-cap']) assert.match(report, new RegExp(code), `the report should name ${code}`);
  assert.match(report, /Verdict: fix first/);
});

test('a bad launch file is an error that names the file and the field', () => {
  assert.throws(() => readFeature({ ...ticketSummariser, requestsPerMonth: 'lots' }, 'x.json'), /x\.json: "requestsPerMonth" must be a number/);
  const samples = [{ inputTokens: 10, outputTokens: 5 }, { inputTokens: -1, outputTokens: 5 }];
  assert.throws(() => readFeature({ ...ticketSummariser, samples }, 'x.json'), /x\.json: "samples\[1\]\.inputTokens"/);
  assert.throws(() => readFeature({ ...ticketSummariser, samples: [] }, 'x.json'), /"samples" must be a non-empty list/);
});

test('the month’s bill follows the mean cost of the samples, not the p50 request’s', () => {
  const review = reviewLaunch(summariser);
  const p50Bill = marginAt(summariser, 50).costUsd * summariser.requestsPerMonth;
  assert.ok(Math.round(review.monthlyBillUsd) === 12_624, `the summariser's bill is the mean of its 40 samples' costs × 3,000,000 requests: about $12,624, got ${review.monthlyBillUsd}`);
  assert.ok(review.monthlyBillUsd > p50Bill, 'with right-skewed token counts the mean-based bill is above the p50 one');
  assert.match(formatReport(review), /Model bill for the month's traffic \(the samples' mean cost\): \$12,624/);
});
