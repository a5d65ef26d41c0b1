import type { LaunchReview } from './review.ts';

const usd = (value: number): string => `${value < 0 ? '−' : ''}$${Math.abs(value).toFixed(6)}`;
const money = (value: number): string => `$${Math.round(value).toLocaleString('en-US')}`;

/** The review as a short text report: the margin table, then each finding by its code. */
export function formatReport(review: LaunchReview): string {
  const lines = [`Launch review: ${review.feature}`, '', '      input  output  cost/request  revenue    margin'];
  for (const row of [review.p50, review.p95]) {
    lines.push(`p${String(row.p).padEnd(3)} ${String(row.inputTokens).padStart(6)} ${String(row.outputTokens).padStart(6)}  ${usd(row.costUsd).padStart(12)}  ${usd(row.revenueUsd).padStart(9)}  ${usd(row.marginUsd).padStart(10)}`);
  }
  lines.push('', `Model bill for the month's traffic (the samples' mean cost): ${money(review.monthlyBillUsd)}`, '');
  if (review.findings.length === 0) lines.push('No findings.');
  for (const finding of review.findings) lines.push(`✖ ${finding.code}: ${finding.message}`);
  lines.push('', `Verdict: ${review.verdict}`);
  return lines.join('\n');
}
