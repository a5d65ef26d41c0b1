import type { StandInContext } from './context.ts';

/** A JSON value: what a rule can give as a tool's input or as an object. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };
type JsonObject = { [key: string]: JsonValue | undefined };

/**
 * One rule of the stand-in model. Rules are plain data you can read: the first
 * rule whose `when` matches the last user message decides the answer. A lab's
 * own rules are tried before the defaults below.
 */
export interface StandInRule {
  /** A short name; it appears as the raw finish reason, to show which rule answered. */
  name: string;
  /** A phrase (case-insensitive), a pattern, or a test on the whole context. */
  when: string | RegExp | ((context: StandInContext) => boolean);
  /** The text to answer. In a rule with a toolCall: the answer once the tool has returned. */
  reply?: string | ((context: StandInContext) => string);
  /**
   * Call a tool instead of answering. Without `toolName`: the offered tool that
   * the question names ("weather" names getWeather). Without `input`: the
   * smallest input that fits the tool's schema. The rule is skipped when the
   * call does not offer that tool.
   */
  toolCall?: { toolName?: string; input?: JsonObject | ((context: StandInContext) => JsonObject) };
  /** The object to return when the call asks for JSON (Output.object, generateObject). */
  object?: JsonValue | ((context: StandInContext) => JsonValue);
}

export function ruleMatches(rule: StandInRule, context: StandInContext): boolean {
  if (typeof rule.when === 'function') return rule.when(context);
  if (typeof rule.when === 'string') return context.input.toLowerCase().includes(rule.when.toLowerCase());
  rule.when.lastIndex = 0; // a /g or /y pattern keeps state between calls; reset it to stay deterministic
  return rule.when.test(context.input);
}

/** A rule's value: the value itself, or what its function returns for this context. */
export const evaluate = <T>(value: T | ((context: StandInContext) => T), context: StandInContext): T =>
  typeof value === 'function' ? (value as (context: StandInContext) => T)(context) : value;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
const firstSentence = (text: string): string => (text.match(/[^.!?]+[.!?]?/)?.[0] ?? text).trim();
const positiveWords = new Set(['good', 'great', 'love', 'excellent', 'happy', 'fast', 'helpful', 'thanks', 'works', 'perfect']);
const negativeWords = new Set(['bad', 'broken', 'hate', 'slow', 'terrible', 'angry', 'refund', 'bug', 'crash', 'fails', 'worst']);

/** "Summarise: <text>" → the text after the first colon, or the whole message. */
const subject = (input: string): string => input.split(/:\s*/).slice(1).join(': ') || input;

/** True when the text mentions a tool: "getWeather" is mentioned by "weather" or "weathers". */
export function mentions(text: string, toolName: string): boolean {
  const ignored = new Set(['get', 'set', 'fetch', 'find', 'lookup', 'search', 'tool']);
  const parts = toolName
    .split(/(?=[A-Z])|[_\-\s]/)
    .map((part) => part.toLowerCase())
    .filter((part) => part.length > 2 && !ignored.has(part));
  const found = new Set(words(text));
  return parts.some((part) => found.has(part) || found.has(`${part}s`));
}

/** The default answer once tools have returned: it reports what they returned. */
export function answerFromToolResults(context: StandInContext): string {
  return context.toolResults.map(({ toolName, output }) => `The ${toolName} tool returned ${JSON.stringify(output)}.`).join(' ');
}

/** The stand-in's default rules, in the order they are tried. */
export const defaultRules: StandInRule[] = [
  {
    name: 'greeting',
    when: /^\s*(hi|hello|hey|good (morning|afternoon|evening))\b/i,
    reply: 'Hello! I am the stand-in model: I answer by fixed rules, so the same question always gets the same answer.',
  },
  {
    name: 'summarise',
    when: /\b(summari[sz]e|summary|tl;?dr)\b/i,
    reply: (context) => `Summary: ${firstSentence(subject(context.input))}`,
  },
  {
    name: 'classify',
    when: /\b(classify|sentiment)\b/i,
    reply: (context) => {
      const found = words(subject(context.input));
      const score = found.filter((word) => positiveWords.has(word)).length - found.filter((word) => negativeWords.has(word)).length;
      return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
    },
  },
  {
    name: 'use the tool the question names',
    when: (context) => Object.keys(context.tools).some((name) => mentions(context.input, name)),
    toolCall: {},
  },
  {
    name: 'fallback',
    when: () => true,
    reply: (context) => {
      const question = words(context.input).slice(0, 12).join(' ');
      return `I am the stand-in model, so I cannot really answer "${question}". A real model would answer here; I give this same reply every time.`;
    },
  },
];
