// Replays labelled traffic through a cache in front of the model, and reports what the cache did:
// hits, false hits (a cached answer served to a question that needed another), and what it cost.
import { generateText, type LanguageModel } from 'ai';
import { costOf, createStandInModel, type PriceRow } from '@ai-roadmap/kit';
import type { Scope } from './exact-cache.ts';
import type { Request } from './questions.ts';
import { shopOf, systemPrompt } from './shops.ts';

/** What replay needs from a cache: look a question up, and store the answer the model gave. */
export interface AnswerCache {
  lookup(scope: Scope, question: string, nowMs: number): { answer: string } | undefined;
  store(scope: Scope, question: string, answer: string, nowMs: number): void;
}

export interface ReplayOptions {
  cache?: AnswerCache;
  price: PriceRow;
  promptVersion: string;
  /** The model behind the cache; by default the help desk's stand-in (below). */
  model?: LanguageModel;
  modelId?: string;
}

export interface Served {
  request: Request;
  answer: string;
  hit: boolean;
  /** A hit whose answer is not the one this question, in this shop, needed. */
  falseHit: boolean;
}

export interface ReplayReport {
  requests: number;
  hits: number;
  falseHits: number;
  modelCalls: number;
  costUsd: number;
  served: Served[];
}

/** The right answer to a labelled request: its shop's answer for its intent. */
export function correctAnswer(request: Request): string {
  return shopOf(request.tenant).answers[request.intent];
}

/**
 * The help desk's stand-in: it answers every question correctly, because it is told the label.
 * A real model is not, which is why the replay checks answers against the labels, not the model.
 */
export function helpDeskModel(traffic: Request[]) {
  return createStandInModel({
    modelId: 'help-desk-stand-in',
    rules: [
      {
        name: 'answer from the policies',
        when: () => true,
        reply: (context) => {
          const request = traffic.find((item) => item.question === context.input && context.system.includes(shopOf(item.tenant).name));
          return request ? correctAnswer(request) : 'A person will reply by email within one working day.';
        },
      },
    ],
  });
}

export async function replay(traffic: Request[], options: ReplayOptions): Promise<ReplayReport> {
  const model = options.model ?? helpDeskModel(traffic);
  const modelId = options.modelId ?? 'help-desk-stand-in';
  const report: ReplayReport = { requests: 0, hits: 0, falseHits: 0, modelCalls: 0, costUsd: 0, served: [] };
  for (const request of traffic) {
    const nowMs = request.minute * 60_000;
    const scope: Scope = { tenant: request.tenant, promptVersion: options.promptVersion, modelId };
    report.requests += 1;
    const cached = options.cache?.lookup(scope, request.question, nowMs);
    if (cached) {
      const falseHit = cached.answer !== correctAnswer(request);
      report.hits += 1;
      if (falseHit) report.falseHits += 1;
      report.served.push({ request, answer: cached.answer, hit: true, falseHit });
      continue;
    }
    const result = await generateText({ model, system: systemPrompt(request.tenant, options.promptVersion), prompt: request.question });
    report.modelCalls += 1;
    report.costUsd += costOf(result.usage, options.price);
    options.cache?.store(scope, request.question, result.text, nowMs);
    report.served.push({ request, answer: result.text, hit: false, falseHit: false });
  }
  return report;
}
