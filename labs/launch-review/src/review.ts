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

  // TODO: add a finding, with a message that gives the numbers or the reason, for each of:
  //  - 'negative-margin-at-p95': a p95 request loses money;
  //  - 'no-fallback': no fallback, or a fallback on the same provider as the model (priceOf(model).provider);
  //  - 'no-eval-gate': no evaluation gate;
  //  - 'no-spend-cap': no monthly spend cap.
  void priceOf;

  return {
    feature: feature.feature,
    p50,
    p95,
    monthlyBillUsd: monthlyBillUsd(feature),
    findings,
    verdict: findings.length === 0 ? 'ship' : 'fix first',
  };
}
