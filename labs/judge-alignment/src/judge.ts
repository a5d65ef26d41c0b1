import { applyCriteria, codeChecks, type Criterion, type JudgedTrace, type Judgement } from './criteria.ts';

// The judge: the code checks, plus one criterion for each failure category
// that error analysis found and code alone cannot settle. Tune these on the
// dev split; measure on the test split once, at the end.

export const groundedNumbers: Criterion = {
  name: 'grounded-numbers',
  instruction: 'Every number in the answer (an amount, a number of days or hours, a speed, an address) appears in the retrieved pages or in the question.',
  check: (trace) => {
    // TODO: find every number in the answer (/\d+(?:[.,]\d+)*/g keeps
    // "192.168.1.1" whole) and return a critique naming those that appear
    // neither in the text of the retrieved pages nor in the question.
    return null;
  },
};

export const handsOffWhenAsked: Criterion = {
  name: 'hands-off-when-asked',
  instruction: 'When the customer wants to cancel their contract, complains, reports a bereavement or says they cannot pay, the answer passes the request to the customer team.',
  check: (trace) => {
    // TODO: when the question asks for a person (the doc-handoff page lists the
    // cases; customers put them in their own words), return a critique unless
    // the answer passes the request to the customer team.
    return null;
  },
};

export const staysOnTopic: Criterion = {
  name: 'stays-on-topic',
  instruction: 'The answer addresses what the question asks about, not a neighbouring topic that the retrieved pages happen to cover.',
  check: (trace) => {
    // TODO: return a critique when the answer shares no topic word with the
    // question. Which words of a question say what it is about?
    return null;
  },
};

export const criteria: Criterion[] = [...codeChecks, groundedNumbers, handsOffWhenAsked, staysOnTopic];

/** The judge's verdict on one trace: pass only if it meets every criterion. */
export function judge(trace: JudgedTrace, list: Criterion[] = criteria): Judgement {
  return applyCriteria(trace, list);
}
