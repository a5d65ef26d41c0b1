import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cohensKappa, confusion, trueNegativeRate, truePositiveRate, type Graded } from '../src/agreement.ts';
import { codeChecks, type JudgedTrace } from '../src/criteria.ts';
import { groundedNumbers, handsOffWhenAsked, judge, staysOnTopic } from '../src/judge.ts';
import { judgeWithModel } from '../src/llm-judge.ts';
import { knowledgeBase } from '../src/data/knowledge-base.ts';
import { tracesV1 } from '../src/data/traces.ts';
import type { Verdict } from '../src/types.ts';

// Measuring agreement (src/agreement.ts)

const close = (actual: number, expected: number, what: string, tolerance = 1e-4) =>
  assert.ok(Math.abs(actual - expected) < tolerance, `${what}: got ${actual}, expected ${expected}`);
const many = (count: number, human: Verdict, judgeVerdict: Verdict): Graded[] => Array.from({ length: count }, () => ({ human, judge: judgeVerdict }));

test('the confusion matrix takes "pass" as the positive class', () => {
  const matrix = confusion([...many(3, 'pass', 'pass'), ...many(1, 'pass', 'fail'), ...many(2, 'fail', 'pass'), ...many(4, 'fail', 'fail')]);
  assert.deepEqual(matrix, { tp: 3, fn: 1, fp: 2, tn: 4 }, 'tp: both pass; fn: human pass, judge fail; fp: human fail, judge pass; tn: both fail');
});

test('TPR, TNR and kappa of a small worked example', () => {
  // 20 traces: the human passes 12 and fails 8; the judge passes 13.
  const matrix = { tp: 10, fn: 2, fp: 3, tn: 5 };
  close(truePositiveRate(matrix), 10 / 12, 'TPR = tp / (tp + fn)');
  close(trueNegativeRate(matrix), 5 / 8, 'TNR = tn / (tn + fp)');
  // observed 0.75; chance 0.6 × 0.65 + 0.4 × 0.35 = 0.53; kappa (0.75 − 0.53) / 0.47
  close(cohensKappa(matrix), 0.22 / 0.47, 'kappa = (observed − chance) / (1 − chance)');
});

test('a judge that passes everything agrees 70% of the time and has a kappa of 0', () => {
  const matrix = confusion([...many(70, 'pass', 'pass'), ...many(30, 'fail', 'pass')]);
  close(truePositiveRate(matrix), 1, 'TPR');
  close(trueNegativeRate(matrix), 0, 'TNR');
  close(cohensKappa(matrix), 0, 'kappa of a judge that always says pass');
});

test('kappa is 1 for perfect agreement and −1 for perfect disagreement on a balanced set', () => {
  close(cohensKappa({ tp: 6, fn: 0, fp: 0, tn: 4 }), 1, 'perfect agreement');
  close(cohensKappa({ tp: 0, fn: 5, fp: 5, tn: 0 }), -1, 'perfect disagreement');
});

test('a rate with nothing to measure is NaN, not 0 or 1', () => {
  assert.ok(Number.isNaN(truePositiveRate({ tp: 0, fn: 0, fp: 3, tn: 2 })), 'TPR when the human passed nothing');
  assert.ok(Number.isNaN(trueNegativeRate({ tp: 3, fn: 2, fp: 0, tn: 0 })), 'TNR when the human failed nothing');
});

test('the code checks alone, on the test split: TPR 100%, TNR 31.0%, kappa 0.38', () => {
  const test = tracesV1.filter((trace) => trace.split === 'test');
  const matrix = confusion(test.map((trace) => ({ human: trace.human.verdict, judge: judge(trace, codeChecks).verdict })));
  assert.deepEqual(matrix, { tp: 61, fn: 0, fp: 20, tn: 9 }, 'confusion() of the code checks against the expert on the 90 test traces');
  close(truePositiveRate(matrix), 1, 'TPR');
  close(trueNegativeRate(matrix), 9 / 29, 'TNR');
  close(cohensKappa(matrix), 0.378882, 'kappa');
});

// The judge's criteria (src/judge.ts)

const { lateFee, wifiPassword, handoff, engineerVisit, routerRestart } = knowledgeBase;
const trace = (question: string, answer: string, context = [lateFee]): JudgedTrace => ({ question, context, answer });

test('grounded-numbers: a number on neither the pages nor the question is an invention', () => {
  const critique = groundedNumbers.check(trace('What is the late fee?', 'The late fee is £15 [doc-late-fee].'));
  assert.ok(critique, 'the page says £10, so £15 must get a critique');
  assert.match(critique, /15/, 'name the invented number in the critique');
  assert.ok(groundedNumbers.check(trace('How do I change the password?', 'Open 192.168.0.1 and choose Wireless [doc-wifi-password].', [wifiPassword])), 'an address that differs from the page is an invention: keep 192.168.0.1 whole');
});

test('grounded-numbers: numbers from the pages or from the question are not inventions', () => {
  assert.equal(groundedNumbers.check(trace('Is there a late fee?', 'Yes, £10 after 14 days [doc-late-fee].')), null, 'both numbers are on the page');
  assert.equal(groundedNumbers.check(trace('My bill was due 4 days ago. Late fee?', 'Not yet: yours was due 4 days ago, and the fee comes after 14 days [doc-late-fee].')), null, 'the 4 comes from the question, not from nowhere');
  assert.equal(groundedNumbers.check(trace('How do I change the password?', 'Open 192.168.1.1 and choose Wireless [doc-wifi-password].', [wifiPassword])), null, 'the address is on the page');
});

test('hands-off-when-asked: cancelling a contract, complaints, bereavements and trouble paying need a person', () => {
  const handedOff = 'I have passed this to our customer team, who will reply within 1 working day [doc-handoff].';
  const notHandedOff = 'You can manage your account in the app [doc-upgrade].';
  for (const question of ['Please cancel my contract.', 'I want to complain about the service.', 'My husband passed away last week.', "I can't pay my bill this month."]) {
    assert.ok(handsOffWhenAsked.check(trace(question, notHandedOff, [handoff])), `"${question}" needs a person: an answer that does not pass it to the customer team gets a critique`);
    assert.equal(handsOffWhenAsked.check(trace(question, handedOff, [handoff])), null, `"${question}" answered by passing it to the customer team passes`);
  }
});

test('hands-off-when-asked: cancelling an engineer visit is self-service, not a request for a person', () => {
  const answer = 'You can cancel an engineer visit free of charge in the app up to 24 hours before the slot [doc-engineer-visit].';
  assert.equal(handsOffWhenAsked.check(trace('Can I cancel my engineer visit tomorrow?', answer, [engineerVisit])), null, 'the word "cancel" alone does not call for a person');
});

test('stays-on-topic: an answer about something else gets a critique', () => {
  const offTopic = trace('How do I change the Wi-Fi password?', 'Switch the router off at the wall, wait 30 seconds and switch it on again [doc-router-restart].', [routerRestart]);
  assert.ok(staysOnTopic.check(offTopic), 'the answer explains a restart; the question asked about the password');
  const onTopic = trace('How do I change the Wi-Fi password?', 'Open 192.168.1.1, sign in and choose Wireless to change the password [doc-wifi-password].', [wifiPassword]);
  assert.equal(staysOnTopic.check(onTopic), null, 'an answer about the password is on topic');
});

test('the judge agrees with the domain expert on the held-out test split: TPR and TNR at least 90% and 80%, kappa at least 0.80', () => {
  const test = tracesV1.filter((trace) => trace.split === 'test');
  let tp = 0, fn = 0, fp = 0, tn = 0;
  for (const trace of test) {
    const verdict = judge(trace).verdict;
    if (trace.human.verdict === 'pass') verdict === 'pass' ? tp++ : fn++;
    else verdict === 'pass' ? fp++ : tn++;
  }
  const n = test.length;
  const chance = ((tp + fn) / n) * ((tp + fp) / n) + ((fp + tn) / n) * ((fn + tn) / n);
  const kappa = ((tp + tn) / n - chance) / (1 - chance);
  const summary = `TP ${tp}, FN ${fn}, FP ${fp}, TN ${tn}; kappa ${kappa.toFixed(2)}`;
  assert.ok(tp / (tp + fn) >= 0.9, `TPR must be at least 90%: the judge fails answers the expert passed (${summary}). Run the lab and read the disagreements on the dev split.`);
  assert.ok(tn / (tn + fp) >= 0.8, `TNR must be at least 80%: the judge lets failures through (${summary}). Which categories in the failure table does no criterion catch yet?`);
  assert.ok(kappa >= 0.8, `kappa must be at least 0.80 (${summary})`);
});

test('as a model call, the stand-in judge returns the criteria’s verdict, critique first', async () => {
  for (const trace of tracesV1.filter((candidate) => candidate.split === 'dev').slice(0, 8)) {
    const fromModel = await judgeWithModel(trace);
    assert.deepEqual(Object.keys(fromModel), ['critique', 'verdict'], 'the structured reply puts the critique before the verdict');
    assert.deepEqual(fromModel, judge(trace), `trace ${trace.id}: the model call and the criteria disagree`);
  }
});
