import { priceOf } from '@ai-roadmap/kit';
import { monthlyBillUsd } from './bill.ts';
import type { Feature } from './feature.ts';
import { marginAt, type MarginAt } from './margin.ts';

export type FindingCode = 'negative-margin-at-p95' | 'no-fallback' | 'no-eval-gate' | 'no-spend-cap';

export interface Finding {
  code: FindingCode;
  /** One sentence a product manager can act on. */
  message: string;
}

export interface LaunchReview {
  feature: string;
  p50: MarginAt;
  p95: MarginAt;
  /** The month's model bill: the samples' mean cost (each priced on its own) times the traffic. */
  monthlyBillUsd: number;
  findings: Finding[];
  /** 'ship' only when there is nothing to fix. */
  verdict: 'ship' | 'fix first';
}

/** Reviews a feature before launch: its margin at p50 and p95, and the safety nets it lacks. */
export function reviewLaunch(feature: Feature): LaunchReview {
  const p50 = marginAt(feature, 50);
  const p95 = marginAt(feature, 95);
  const findings: Finding[] = [];

  if (p95.marginUsd < 0) {
    findings.push({ code: 'negative-margin-at-p95', message: `a p95 request costs $${p95.costUsd.toFixed(6)} and earns $${p95.revenueUsd.toFixed(6)}: it loses $${(-p95.marginUsd).toFixed(6)}` });
  }

  const provider = priceOf(feature.model).provider;
  if (feature.fallback === null) {
    findings.push({ code: 'no-fallback', message: `the feature has none: when ${provider} fails, the feature fails with it` });
  } else if (priceOf(feature.fallback.model).provider === provider) {
    findings.push({ code: 'no-fallback', message: `the fallback ${feature.fallback.model} is on the same provider (${provider}) as ${feature.model}: one outage takes both` });
  }

  if (feature.evalGate === null) findings.push({ code: 'no-eval-gate', message: 'no evaluation gate: a prompt or model change can ship without being measured' });
  if (feature.spendCapUsdPerMonth === null) findings.push({ code: 'no-spend-cap', message: 'no spend cap: a loop or an abusive user can run up the bill without limit' });

  return {
    feature: feature.feature,
    p50,
    p95,
    monthlyBillUsd: monthlyBillUsd(feature),
    findings,
    verdict: findings.length === 0 ? 'ship' : 'fix first',
  };
}
