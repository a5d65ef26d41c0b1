import { generateText, Output, type LanguageModel } from 'ai';
import { z } from 'zod';
import { getModel, type StandInRule } from '@ai-roadmap/kit';
import type { Criterion, JudgedTrace, Judgement } from './criteria.ts';
import { criteria, judge } from './judge.ts';

// The judge as a model call: a prompt that lists the criteria, a trace laid
// out as text, and a structured reply with the critique first and a binary
// verdict last. On the stand-in, a rule reads the trace back out of the prompt
// and applies the criteria's checks; with LAB_PROVIDER set, a real model reads
// the same prompt and decides for itself.

export const judgementSchema = z.object({
  critique: z.string().describe('One sentence for each criterion the answer fails, or a note that it meets them all.'),
  verdict: z.enum(['pass', 'fail']).describe('"pass" only if the answer meets every criterion.'),
});

export function judgeSystemPrompt(list: Criterion[] = criteria): string {
  return [
    "You grade answers written by Larkspur Broadband's help assistant.",
    'Check the answer against each criterion. First write the critique: one sentence for each criterion the answer fails, or say that it meets them all. Then give the verdict: "pass" only if the answer meets every criterion, otherwise "fail".',
    '',
    'Criteria:',
    ...list.map((criterion, index) => `${index + 1}. ${criterion.name}: ${criterion.instruction}`),
  ].join('\n');
}

/** The trace as the judge reads it. The human label is not in it. */
export function judgeUserPrompt(trace: JudgedTrace): string {
  const pages = trace.context.map((doc) => `[${doc.id}] ${doc.title}: ${doc.text}`).join('\n');
  return `Question: ${trace.question}\n\nRetrieved pages:\n${pages}\n\nAnswer: ${trace.answer}`;
}

/** Reads a trace back out of judgeUserPrompt's text: what the stand-in does instead of reading. */
export function readJudgedTrace(prompt: string): JudgedTrace {
  const parts = prompt.match(/^Question: ([\s\S]*?)\n\nRetrieved pages:\n([\s\S]*?)\n\nAnswer: ([\s\S]*)$/);
  if (!parts) throw new Error('llm-judge: the prompt is not in the form judgeUserPrompt writes');
  const context = parts[2]!.split('\n').map((line) => {
    const page = line.match(/^\[([^\]]+)\] ([^:]+): (.*)$/);
    if (!page) throw new Error(`llm-judge: cannot read the page line "${line}"`);
    return { id: page[1]!, title: page[2]!, text: page[3]! };
  });
  return { question: parts[1]!, context, answer: parts[3]! };
}

/** The stand-in's rule for playing the judge: apply the criteria to the trace in the prompt. */
export function standInJudgeRules(list: Criterion[] = criteria): StandInRule[] {
  return [
    {
      name: 'judge the trace',
      when: (context) => context.objectSchema !== undefined && context.input.startsWith('Question: '),
      object: (context) => {
        const { critique, verdict } = judge(readJudgedTrace(context.input), list);
        return { critique, verdict };
      },
    },
  ];
}

/** The judge model: the stand-in playing the criteria, unless LAB_PROVIDER chooses a real model. */
export function judgeModel(list: Criterion[] = criteria): LanguageModel {
  return getModel({}, { rules: standInJudgeRules(list) });
}

export async function judgeWithModel(trace: JudgedTrace, model: LanguageModel = judgeModel(), list: Criterion[] = criteria): Promise<Judgement> {
  const { output } = await generateText({
    model,
    system: judgeSystemPrompt(list),
    prompt: judgeUserPrompt(trace),
    output: Output.object({ schema: judgementSchema }),
    temperature: 0,
  });
  return output;
}

/** Judges many traces, a few calls at a time (a real provider would rate-limit a burst of hundreds). */
export async function judgeAll(traces: JudgedTrace[], model: LanguageModel = judgeModel(), concurrency = 8): Promise<Judgement[]> {
  const results: Judgement[] = new Array(traces.length);
  let next = 0;
  const worker = async () => {
    while (next < traces.length) {
      const index = next++;
      results[index] = await judgeWithModel(traces[index]!, model);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, traces.length) }, worker));
  return results;
}
