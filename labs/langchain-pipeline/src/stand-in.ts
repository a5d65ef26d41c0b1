// The lab's stand-in model: the kit's deterministic model with one rule of the
// lab's own, which routes a ticket. Read it: it is a caricature of few-shot
// learning, and the whole lab depends on what it does and does not do.
//
// 1. With examples in the system prompt ("Ticket: …" / "Category: …" pairs), it
//    answers with the category of the example that shares the most words with
//    the ticket (common words such as "the" or "my" do not count; on a tie, the
//    example that comes first wins).
// 2. With no example sharing a word, or no examples at all, it falls back on a
//    few keywords it "knows" (refund, parcel, crash, password…).
// 3. With neither, it says it is not sure, which no parser can turn into a team.
import { getModel, type StandInRule } from '@ai-roadmap/kit';
import type { Category } from './categories.ts';

const keywords: Array<[Category, RegExp]> = [
  ['billing', /\b(refund|invoice|charged)\b/i],
  ['shipping', /\b(parcel|delivery|courier)\b/i],
  ['technical', /\b(crash|crashes|crashed|error|bug)\b/i],
  ['account', /\b(password|login|account)\b/i],
];

const stopWords = new Set(
  'a an and are at be but by can do does for from get got has have how i in is it me my no not of on or our so still the this to up was what when where why will with you your'.split(' '),
);

/** The words that carry meaning, lower-cased, with a plural "s" taken off. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((word) => !stopWords.has(word)).map((word) => (word.length > 3 ? word.replace(/s$/, '') : word)));
}

/** The examples in a system prompt, in order. */
export function examplesIn(system: string): Array<{ ticket: string; label: string }> {
  return [...system.matchAll(/^Ticket: (.*)\nCategory: (\w+)$/gm)].map((match) => ({ ticket: match[1]!, label: match[2]! }));
}

/** What the stand-in answers for `ticket`, given the system prompt it was sent. */
export function routeTicket(system: string, ticket: string): string {
  const words = contentWords(ticket);
  let best: { label: string; shared: number } | undefined;
  for (const example of examplesIn(system)) {
    const shared = [...contentWords(example.ticket)].filter((word) => words.has(word)).length;
    if (shared > 0 && shared > (best?.shared ?? 0)) best = { label: example.label, shared };
  }
  if (best) return `Category: ${best.label}`;
  const known = keywords.find(([, pattern]) => pattern.test(ticket));
  return known ? `Category: ${known[0]}` : 'I am not sure which team should handle this.';
}

export const routingRule: StandInRule = {
  name: 'route a support ticket',
  when: /^Ticket: /,
  reply: (context) => routeTicket(context.system, context.input.replace(/^Ticket: /, '')),
};

/** The model the lab uses: the stand-in with the routing rule, or a real model if LAB_PROVIDER says so. */
export const routingModel = () => getModel({}, { rules: [routingRule] });
