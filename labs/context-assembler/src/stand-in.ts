// The stand-in model's two jobs in this lab, as rules you can read.
//
// - Compaction: asked to summarise, it keeps the summary so far and adds the FIRST
//   sentence of each customer message, then keeps only the latest eight sentences.
//   Anything said later in a message is lost, old points fall off the end, and the
//   kit cuts the summary at maxOutputTokens. That is deliberate: real summaries lose
//   details too, just less predictably.
// - Answering: it answers from the retrieved article placed LAST, next to the
//   question, and ignores the others: a caricature of the position effects that
//   Liu et al. measured. Asked for a fact the customer gave, it looks for it
//   anywhere in the context.
import type { StandInRule } from '@ai-roadmap/kit';

const firstSentence = (text: string): string => (text.match(/^[^.!?]*[.!?]?/)?.[0] ?? text).trim();

export const compactorSystem = 'You compact conversations. Summarise the conversation below for the assistant who continues it.';

const compact: StandInRule = {
  name: 'compact the conversation',
  when: (context) => context.system.startsWith('You compact conversations'),
  reply: (context) => {
    const earlier = (context.input.match(/^Summary so far: (.*)$/m)?.[1] ?? '').split(/(?<=[.!?])\s+/);
    const asked = [...context.input.matchAll(/^user: (.*)$/gm)].map((match) => firstSentence(match[1] ?? ''));
    return [...earlier, ...asked].filter(Boolean).slice(-8).join(' ');
  },
};

const rememberedFact = (pattern: RegExp, label: string): StandInRule => ({
  name: `recall the ${label}`,
  when: (context) => new RegExp(`which ${label}`, 'i').test(questionOf(context.input)),
  reply: (context) => {
    const found = context.promptText.match(pattern)?.[0];
    return found ? `You told me: ${found}.` : `I do not have your ${label} in this conversation any more. Could you give it to me again?`;
  },
});

/** The question: the text after the last "## Question" heading. */
const questionOf = (tail: string): string => tail.slice(tail.lastIndexOf('## Question\n') + '## Question\n'.length);

const answerFromLastArticle: StandInRule = {
  name: 'answer from the article next to the question',
  when: (context) => context.input.includes('## Question\n'),
  reply: (context) => {
    const articles = [...context.input.matchAll(/^\[(a\d+)\] ([^.]+)\. (.*)$/gm)];
    const last = articles.at(-1);
    if (!last) return 'The help articles I was given do not cover this. Shall I pass you to a person?';
    return `${firstSentence(last[3] ?? '')} (article ${last[1]}, ${last[2]})`;
  },
};

export const standInRules: StandInRule[] = [
  compact,
  rememberedFact(/ACC-\d+/, 'account number'),
  rememberedFact(/frame SB-\d+/, 'bike'),
  answerFromLastArticle,
];
