import type { Evaluation, QuestionRecord } from './evaluate.ts';
import { cell, formatInterval, share } from './format.ts';

/** At most this many failures of each kind are listed. */
export const maxFailuresListed = 5;

/** The evaluation as a markdown report: what was measured, the metrics with their intervals, and the worst failures. */
export function renderReport(evaluation: Evaluation): string {
  // TODO (milestone 4): write the report as markdown, in this order:
  //   "# Evaluation report", then one line saying what was measured (documents, chunks,
  //   maxChars, questions, k);
  //   a table with a header "| Metric | Value | Count | 95% interval (Wilson) |" and a row
  //   each for recall@<k> and faithfulness: the rate (share), hits/n or faithful/n, and
  //   low–high (share, joined by an en dash);
  //   "## Worst failures: retrieval (<count>)": a line "- **<id>** …" per question with no
  //   relevant chunk in the top k, naming the evidence and the ids retrieved;
  //   "## Worst failures: faithfulness (<count>)": a line per unfaithful answer, weakest
  //   support first, with the answer and the reason of its least supported sentence.
  //   List at most maxFailuresListed of each, then "- … and <n> more"; "None." when empty.
  const lines: string[] = ['# Evaluation report', ''];
  void [cell, formatInterval, share, evaluation as unknown as QuestionRecord];
  return lines.join('\n');
}
