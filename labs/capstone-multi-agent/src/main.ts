// npm start: runs the scenario set and prints the evaluation report as markdown.
// In CI: npm start > eval-report.md, or >> "$GITHUB_STEP_SUMMARY" to show it on the run's page.
import { renderReport } from './report.ts';
import { runAll } from './run-scenarios.ts';
import { scenarios } from './scenarios.ts';
import { scoreScenario, summarise } from './score.ts';

const outcomes = await runAll(scenarios);
const scores = scenarios.map((scenario, i) => scoreScenario(scenario, outcomes[i]!));
console.log(renderReport(summarise(scores), scores, outcomes));
