// npm start: runs the evaluation on the labelled set and prints the report as markdown.
// In CI: npm start > eval-report.md, or >> "$GITHUB_STEP_SUMMARY" to show it on the run's page.
import { runEvaluation } from './evaluate.ts';
import { renderReport } from './report.ts';

console.log(renderReport(await runEvaluation()));
