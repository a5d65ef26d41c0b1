import { priceOf } from '@ai-roadmap/kit';
import { runEvaluation } from './harness.ts';
import { countsByTask, summarise } from './report.ts';
import { tasks } from './tasks.ts';

const trials = 5;
const k = 3;
const price = priceOf('gpt-6.1-terra'); // the stand-in is free: price its tokens as a real model would bill them
const records = runEvaluation({ tasks, trials, seed: 'evaluation-1', price });
const report = summarise(records, k);

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
console.log(`${report.tasks} tasks × ${trials} trials = ${report.runs} runs, priced at ${price.model}'s rates (${price.asOf})\n`);
console.log('task  kind            passed  path ok');
for (const task of tasks) {
  const mine = records.filter((record) => record.taskId === task.id);
  const passed = countsByTask(mine).get(task.id)?.c ?? 0;
  const marks = mine.map((record) => (record.outcome.pass ? (record.path.pass ? '✓' : '✓?') : '✗')).join(' ');
  console.log(`${task.id}   ${task.kind.padEnd(15)} ${passed}/${mine.length}     ${marks}`);
}
console.log(`\nsuccess rate (outcome)      ${percent(report.successRate)}`);
console.log(`path followed               ${percent(report.pathPassRate)}  (right by luck: ${percent(report.luckyRate)})`);
console.log(`pass@${k}                      ${percent(report.passAtK)}`);
console.log(`pass^${k}                      ${percent(report.passHatK)}`);
const costPerRun = records.reduce((sum, record) => sum + record.costUsd, 0) / records.length;
console.log(`cost per run                $${(costPerRun * 1000).toFixed(3)} per 1,000 runs`);
console.log(`cost per success            $${(report.costPerSuccessUsd * 1000).toFixed(3)} per 1,000 successful tasks`);
console.log(`steps per success           ${report.stepsPerSuccess.toFixed(2)}`);
console.log(`commonest failure           ${report.commonestFailure ? `${report.commonestFailure.reason} (${report.commonestFailure.runs} runs)` : 'none'}`);
console.log(`all failures                ${Object.entries(report.failures).map(([reason, runs]) => `${reason} ${runs}`).join(', ') || 'none'}`);
console.log('\n✓ passed · ✓? passed, but by a path that broke the policy · ✗ failed');
