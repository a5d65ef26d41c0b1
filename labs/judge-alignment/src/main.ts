import { tracesV1, tracesV2 } from './data/traces.ts';
import { failureTable } from './failures.ts';
import { cohensKappa, confusion, trueNegativeRate, truePositiveRate, type Graded } from './agreement.ts';
import { codeChecks, type Judgement } from './criteria.ts';
import { judge } from './judge.ts';
import { judgeAll } from './llm-judge.ts';
import { compareVersions, type Paired } from './compare.ts';
import { formatAlignmentHeader, formatAlignmentRow, formatComparison, formatFailureTable, formatHistogram } from './report.ts';
import type { Trace } from './types.ts';

const heading = (text: string) => console.log(`\n== ${text}\n`);
const print = (lines: string[]) => lines.forEach((line) => console.log(line));

heading('1. Error analysis: prompt v1, 150 traces labelled by the domain expert');
print(formatFailureTable(failureTable(tracesV1)));

heading('2. The judge against the human labels ("pass" is the positive class)');
const judgedV1 = await judgeAll(tracesV1);
const graded = (traces: Trace[], verdicts: Judgement[]): Graded[] => traces.map((trace, i) => ({ human: trace.human.verdict, judge: verdicts[i]!.verdict }));
const alignment = (label: string, pairs: Graded[]) => {
  const matrix = confusion(pairs);
  const rates = { tpr: truePositiveRate(matrix), tnr: trueNegativeRate(matrix), kappa: cohensKappa(matrix) };
  console.log(formatAlignmentRow(label, matrix, rates));
  return rates;
};
const inSplit = (split: Trace['split']) => (_: unknown, i: number) => tracesV1[i]!.split === split;
console.log(formatAlignmentHeader());
alignment('code checks only, test', graded(tracesV1, tracesV1.map((trace) => judge(trace, codeChecks))).filter(inSplit('test')));
alignment('the judge, dev', graded(tracesV1, judgedV1).filter(inSplit('dev')));
const onTest = alignment('the judge, test', graded(tracesV1, judgedV1).filter(inSplit('test')));
console.log(`\nTarget: kappa of at least 0.80 on the test split. ${onTest.kappa >= 0.8 ? 'Reached' : 'Not reached yet'}: ${onTest.kappa.toFixed(2)}.`);

const disagreements = tracesV1.map((trace, i) => ({ trace, judged: judgedV1[i]! })).filter(({ trace, judged }) => trace.split === 'dev' && judged.verdict !== trace.human.verdict);
console.log(`\nDisagreements on the dev split (tune on these, never on test): ${disagreements.length}`);
for (const { trace, judged } of disagreements.slice(0, 6)) {
  console.log(`  ${trace.id} human ${trace.human.verdict}, judge ${judged.verdict}: "${trace.question}"`);
  console.log(`       human: ${trace.human.note ?? '(no note: a pass)'}  judge: ${judged.critique}`);
}

heading('3. Prompt v2 against v1 on the same 150 questions, graded by the human');
const passed = (trace: Trace) => trace.human.verdict === 'pass';
const humanPairs: Paired[] = tracesV1.map((trace, i) => ({ v1: passed(trace), v2: passed(tracesV2[i]!) }));
const byHuman = compareVersions(humanPairs);
print(formatComparison(byHuman, humanPairs.length));
console.log('\nThe bootstrap distribution of the difference (v2 − v1, points):');
print(formatHistogram(byHuman.interval.resampled));

console.log('\nThe same comparison on the first 60 questions only:');
print(formatComparison(compareVersions(humanPairs.slice(0, 60)), 60));

heading('4. The same comparison, graded by the judge instead of the human');
const judgedV2 = await judgeAll(tracesV2);
const judgePairs: Paired[] = judgedV1.map((verdict, i) => ({ v1: verdict.verdict === 'pass', v2: judgedV2[i]!.verdict === 'pass' }));
print(formatComparison(compareVersions(judgePairs), judgePairs.length));
const onV2 = confusion(graded(tracesV2, judgedV2));
console.log(`\nOn v2's answers the judge's TNR is ${(trueNegativeRate(onV2) * 100).toFixed(1)}%: v2 fails in a way the judge was never taught (read v2's notes).`);
