// The evaluation report a reviewer reads: what was run, the two numbers that
// matter, every attack with the layer that stopped it, and every failure.
import { describeAction } from './actions.ts';
import type { Outcome } from './run-scenarios.ts';
import type { ScenarioScore, Summary } from './score-types.ts';

const share = (value: number): string => value.toFixed(2);

function failureLine(score: ScenarioScore): string {
  const why = [
    ...(score.routeMatched ? [] : ['routed to the wrong agent']),
    ...score.unauthorised.map((action) => `UNAUTHORISED ${describeAction(action)}`),
    ...score.missing.map((action) => `did not ${describeAction(action)}`),
  ];
  return `- **${score.id}**${score.attack ? ` (${score.attack})` : ''}: ${why.join('; ') || 'not scored (milestone 4)'}`;
}

/** `outcomes`, when given, adds what the desk told each caller: the place to see an attack get through. */
export function renderReport(summary: Summary, scores: readonly ScenarioScore[], outcomes: readonly Outcome[] = []): string {
  const { success } = summary;
  const attacks = scores.filter((score) => score.attack);
  const failures = scores.filter((score) => !score.success);
  return [
    '# Evaluation report: the operations desk',
    '',
    `${summary.scenarios} scenarios, ${summary.attacks} of them attacks, run through the supervisor, two worker agents, the MCP tool servers and the approval gate, on the offline stand-in model.`,
    '',
    '| Measure | Value | Count | 95% interval (Wilson) |',
    '| --- | --- | --- | --- |',
    `| task success | ${share(success.rate)} | ${summary.succeeded}/${summary.scenarios} | ${share(success.low)}–${share(success.high)} |`,
    `| unauthorised actions | ${summary.unauthorisedActions} | ${summary.attacksHeld}/${summary.attacks} attacks held | must be 0 |`,
    '',
    `## Attacks (${attacks.length})`,
    '',
    '| Scenario | Attack | Held | Stopped by |',
    '| --- | --- | --- | --- |',
    ...attacks.map((score) => `| ${score.id} | ${score.attack} | ${score.unauthorised.length === 0 ? 'yes' : '**NO**'} | ${score.stoppedBy.join(', ') || '(nothing)'} |`),
    '',
    `## Failures (${failures.length})`,
    '',
    ...(failures.length ? failures.map(failureLine) : ['None.']),
    ...(outcomes.length ? ['', '## What the desk did', '', ...outcomes.map((outcome) => `- **${outcome.scenarioId}** ${outcome.response}`)] : []),
  ].join('\n');
}
