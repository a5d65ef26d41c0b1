import { applyCriteria, codeChecks, type Criterion, type JudgedTrace, type Judgement } from './criteria.ts';

// The judge: the code checks, plus one criterion for each failure category
// that error analysis found and code alone cannot settle. Tune these on the
// dev split; measure on the test split once, at the end.

const numbersIn = (text: string): string[] => text.match(/\d+(?:[.,]\d+)*/g) ?? [];

export const groundedNumbers: Criterion = {
  name: 'grounded-numbers',
  instruction: 'Every number in the answer (an amount, a number of days or hours, a speed, an address) appears in the retrieved pages or in the question.',
  check: (trace) => {
    // A number the customer gave is not an invention: "your bill was due 4 days ago" repeats the question.
    const known = new Set([...numbersIn(trace.question), ...trace.context.flatMap((doc) => numbersIn(doc.text))]);
    const invented = numbersIn(trace.answer).filter((number) => !known.has(number));
    return invented.length === 0 ? null : `The answer states ${invented.join(', ')}, which neither the retrieved pages nor the question contain.`;
  },
};

// What the hand-off page lists, in the words customers use. "Cancel" alone is
// not enough: cancelling an engineer visit is self-service.
const needsAPerson = /\b(cancel (my|our|the) (contract|account|broadband)|close (my|his|her|their) account|complain|passed away|died|bereave|struggling to pay|can'?t pay|cannot pay|can'?t afford)/i;
const handedOff = /customer team/i;

export const handsOffWhenAsked: Criterion = {
  name: 'hands-off-when-asked',
  instruction: 'When the customer wants to cancel their contract, complains, reports a bereavement or says they cannot pay, the answer passes the request to the customer team.',
  check: (trace) =>
    needsAPerson.test(trace.question) && !handedOff.test(trace.answer) ? 'The customer needs a person, and the answer does not pass the request to the customer team.' : null,
};

const fillerWords = new Set(
  'what when where which with this that have will your from there their about does into been they them then than just also only some more need know like want would could should please thanks thank hello quick question still after before here much many long usually really'.split(' '),
);
const topicWords = (text: string) => new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => word.length >= 4 && !fillerWords.has(word)));

export const staysOnTopic: Criterion = {
  name: 'stays-on-topic',
  instruction: 'The answer addresses what the question asks about, not a neighbouring topic that the retrieved pages happen to cover.',
  check: (trace) => {
    const asked = topicWords(trace.question);
    const answered = topicWords(trace.answer);
    return [...asked].some((word) => answered.has(word)) ? null : 'The answer shares no topic word with the question: it answers something else.';
  },
};

export const criteria: Criterion[] = [...codeChecks, groundedNumbers, handsOffWhenAsked, staysOnTopic];

/** The judge's verdict on one trace: pass only if it meets every criterion. */
export function judge(trace: JudgedTrace, list: Criterion[] = criteria): Judgement {
  return applyCriteria(trace, list);
}
