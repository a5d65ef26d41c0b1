import { seededRandom } from '@ai-roadmap/kit';
import { knowledgeBase, type DocName } from './knowledge-base.ts';
import { derivedDates, echoes, engineerCancellations, everyday, filler, handoffs, needlessHandoffs, offTopic, unspokenComplaint, unsupportedClaims, type QuestionItem, type WrongAnswer } from './questions.ts';
import { shuffled } from '../random.ts';
import type { FailureCategory, HumanLabel, Trace } from '../types.ts';

// Builds the lab's 150 questions, each answered by prompt v1 and by prompt v2
// and labelled by a domain expert. The counts of each kind of case are fixed
// below; a seeded random generator picks the questions, the second page that
// retrieval returns and the order, so every run builds the same traces.

interface Outcome {
  answer: string;
  human: HumanLabel;
}

interface Case {
  question: string;
  context: DocName[];
  v1: Outcome;
  v2: Outcome;
}

const random = seededRandom(18);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const pass = (answer: string): Outcome => ({ answer, human: { verdict: 'pass' } });
const fail = (answer: string, category: FailureCategory, note: string): Outcome => ({ answer, human: { verdict: 'fail', note, category } });
const uncited = (answer: string) => answer.replace(/\s*\[doc-[a-z-]+\]/g, '');
const padded = (answer: string) => answer + filler;

const answeringDocs = (Object.keys(knowledgeBase) as DocName[]).filter((name) => name !== 'handoff');
/** The page the answer needs, then a second one, as a top-2 retriever returns them. */
const contextFor = (doc: DocName): DocName[] => [doc, pick(answeringDocs.filter((other) => other !== doc))];

// Everyday questions in a seeded order, dealt out one after another so that each is used about as often.
let deck: QuestionItem[] = [];
const nextEveryday = (): QuestionItem => {
  if (deck.length === 0) deck = shuffled(everyday, random);
  return deck.pop()!;
};

const answeredBy = (item: QuestionItem, v1: Outcome, v2: Outcome): Case => ({ question: item.question, context: contextFor(item.doc), v1, v2 });
const handoffCase = (item: (typeof handoffs)[number], v1: Outcome, v2: Outcome): Case => ({ question: item.question, context: ['handoff', item.related], v1, v2 });

const noCitation = 'Right answer, but it cites no page.';
const tooLong = 'Right answer, buried in filler: well over 120 words.';
const missed = (wrong: WrongAnswer) => fail(wrong.answer, 'missed-handoff', wrong.note);
const invented = (wrong: WrongAnswer) => fail(wrong.answer, 'hallucinated-detail', wrong.note);

// Every answer with an invented number, in a seeded order; each is used once.
const inventedNumbers = shuffled(
  [...everyday, ...echoes].flatMap((item) => item.wrong.map((wrong) => ({ item, wrong }))),
  random,
);
const nextInvented = () => inventedNumbers.pop()!;

const cases: Case[] = [];
const add = (count: number, make: (index: number) => Case) => {
  for (let index = 0; index < count; index++) cases.push(make(index));
};

// Both versions pass (96).
add(12, (i) => handoffCase(handoffs[i % handoffs.length]!, pass(handoffs[i % handoffs.length]!.answer), pass(handoffs[i % handoffs.length]!.answer)));
for (const item of [...derivedDates, ...echoes, ...engineerCancellations, ...engineerCancellations]) cases.push(answeredBy(item, pass(item.answer), pass(item.answer)));
add(73, () => {
  const item = nextEveryday();
  return answeredBy(item, pass(item.answer), pass(item.answer));
});

// v1 passes, v2 fails (9): prompt v2 asks for thoroughness and hands off too eagerly.
add(4, () => {
  const item = nextEveryday();
  return answeredBy(item, pass(item.answer), fail(padded(item.answer), 'too-long', tooLong));
});
for (const needless of needlessHandoffs) {
  const original = everyday.find((item) => item.question === needless.question)!;
  cases.push(answeredBy(needless, pass(original.answer), fail(needless.answer, 'needless-handoff', 'Hands a simple question to the team instead of answering it from the page.')));
}
add(2, () => {
  const { item, wrong } = nextInvented();
  return answeredBy(item, pass(item.answer), invented(wrong));
});

// v1 fails, v2 passes (23): v2 insists on citations and hand-offs, and sticks to the page.
add(5, () => {
  const item = nextEveryday();
  return answeredBy(item, fail(uncited(item.answer), 'missing-citation', noCitation), pass(item.answer));
});
for (const item of handoffs) cases.push(handoffCase(item, missed(item.missed), pass(item.answer)));
add(7, () => {
  const { item, wrong } = nextInvented();
  return answeredBy(item, invented(wrong), pass(item.answer));
});
{
  const claim = unsupportedClaims.alwaysFree;
  const right = engineerCancellations.find((item) => item.question === claim.question)!;
  cases.push(answeredBy(right, fail(claim.answer, 'hallucinated-detail', claim.note), pass(right.answer)));
}
add(2, () => {
  const item = nextEveryday();
  return answeredBy(item, fail(padded(item.answer), 'too-long', tooLong), pass(item.answer));
});

// Both versions fail (22): a prompt cannot fix what retrieval got wrong, nor every invention.
{
  const item = nextEveryday();
  const unsourced = fail(uncited(item.answer), 'missing-citation', noCitation);
  cases.push(answeredBy(item, unsourced, unsourced));
}
for (const item of [handoffs[2]!, handoffs[6]!, unspokenComplaint]) cases.push(handoffCase(item, missed(item.missed), missed(item.missed)));
add(6, () => {
  const { item, wrong } = nextInvented();
  return answeredBy(item, invented(wrong), invented(wrong));
});
for (const claim of [unsupportedClaims.cheque, unsupportedClaims.welcomeEmail]) {
  const outcome = fail(claim.answer, 'hallucinated-detail', claim.note);
  cases.push({ question: claim.question, context: contextFor(claim.doc), v1: outcome, v2: outcome });
}
for (const wrongPages of offTopic) {
  const outcome = fail(wrongPages.answer, 'irrelevant-context', wrongPages.note);
  cases.push({ question: wrongPages.question, context: wrongPages.docs, v1: outcome, v2: outcome });
}
add(2, () => {
  const item = nextEveryday();
  const outcome = fail(padded(item.answer), 'too-long', tooLong);
  return answeredBy(item, outcome, outcome);
});

// Customers do not all write alike.
const openings = ['', '', 'Hi, ', 'Hello. ', 'Quick question: ', 'Hi there. '];
const closings = ['', '', ' Thanks.', ' Thank you!'];
const phrased = (question: string) => {
  const opening = pick(openings);
  const startsWithI = /^I\b/.test(question);
  const text = opening === 'Hi, ' && !startsWithI ? question[0]!.toLowerCase() + question.slice(1) : question;
  return opening + text + pick(closings);
};

const ordered = shuffled(cases, random).map((entry) => ({ ...entry, question: phrased(entry.question) }));

function traceOf(entry: Case, index: number, version: 'v1' | 'v2'): Trace {
  const outcome = entry[version];
  return {
    id: `q${String(index + 1).padStart(3, '0')}`,
    version,
    // Two in five for tuning the judge, three in five held out to measure it.
    split: index % 5 < 2 ? 'dev' : 'test',
    question: entry.question,
    context: entry.context.map((name) => knowledgeBase[name]),
    answer: outcome.answer,
    human: outcome.human,
  };
}

/** The 150 traces of prompt v1, each labelled by the domain expert: the input of error analysis. */
export const tracesV1: Trace[] = ordered.map((entry, index) => traceOf(entry, index, 'v1'));

/** Prompt v2 on the same 150 questions, with the same retrieved pages, labelled the same way. */
export const tracesV2: Trace[] = ordered.map((entry, index) => traceOf(entry, index, 'v2'));
