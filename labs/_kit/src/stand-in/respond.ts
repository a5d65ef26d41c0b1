import type { StandInContext } from './context.ts';
import { objectFromSchema } from './object-from-schema.ts';
import { answerFromToolResults, evaluate, mentions, ruleMatches, type StandInRule } from './rules.ts';

export type StandInAnswer =
  | { kind: 'text'; text: string; rule: string }
  | { kind: 'tool-call'; toolName: string; input: unknown; rule: string };

/** The last capitalised word of the question ("weather in Paris?" → "Paris"), to fill string inputs. */
function salientWord(input: string): string {
  return input.match(/(?<=\s)\p{Lu}[\p{L}-]+/gu)?.at(-1) ?? 'stand-in';
}

/** Which offered tool a tool-call rule means, or undefined when the call does not offer it. */
function toolFor(rule: StandInRule, context: StandInContext): string | undefined {
  const offered = Object.keys(context.tools);
  const forced = context.toolChoice.type === 'tool' ? context.toolChoice.toolName : undefined;
  const name = rule.toolCall?.toolName ?? forced ?? offered.find((candidate) => mentions(context.input, candidate)) ?? offered[0];
  if (forced !== undefined && name !== forced) return undefined;
  return name !== undefined && name in context.tools ? name : undefined;
}

function callTool(toolName: string, rule: StandInRule | undefined, context: StandInContext, ruleName: string): StandInAnswer {
  const schema = context.tools[toolName] ?? { type: 'object' };
  const given = rule?.toolCall?.input;
  const input = given === undefined ? objectFromSchema(schema, salientWord(context.input)) : evaluate(given, context);
  return { kind: 'tool-call', toolName, input, rule: ruleName };
}

/**
 * Decides what the stand-in says, in this order:
 * 1. after tool results: the reply of the matching tool rule, or a report of the results;
 * 2. when JSON is asked for: the object of the first matching rule that has one, or the smallest object that fits the schema;
 * 3. otherwise the first matching rule: a tool call (when the call offers that tool) or its reply.
 * `toolChoice` is honoured: "none" skips tool rules, "required" and a named tool force a call.
 */
export function respond(context: StandInContext, rules: StandInRule[]): StandInAnswer {
  if (context.toolResults.length > 0) {
    const rule = rules.find((candidate) => candidate.toolCall && candidate.reply !== undefined && ruleMatches(candidate, context));
    if (rule) return { kind: 'text', text: evaluate(rule.reply ?? '', context), rule: rule.name };
    return { kind: 'text', text: answerFromToolResults(context), rule: 'answer from the tool results' };
  }

  const forcing = context.toolChoice.type === 'required' || context.toolChoice.type === 'tool';
  if (context.objectSchema && !forcing) {
    const rule = rules.find((candidate) => candidate.object !== undefined && ruleMatches(candidate, context));
    const object = rule ? evaluate(rule.object, context) : objectFromSchema(context.objectSchema, salientWord(context.input));
    return { kind: 'text', text: JSON.stringify(object), rule: rule?.name ?? 'object from the schema' };
  }

  const toolsAllowed = context.toolChoice.type !== 'none';
  for (const rule of rules) {
    if (rule.toolCall) {
      const toolName = toolsAllowed ? toolFor(rule, context) : undefined;
      if (toolName !== undefined && ruleMatches(rule, context)) return callTool(toolName, rule, context, rule.name);
      continue;
    }
    if (!ruleMatches(rule, context)) continue;
    if (forcing) break; // a text rule matched, but the call requires a tool
    return { kind: 'text', text: evaluate(rule.reply ?? '', context), rule: rule.name };
  }

  const forcedTool = context.toolChoice.type === 'tool' ? context.toolChoice.toolName : Object.keys(context.tools)[0];
  if (forcing && forcedTool !== undefined) return callTool(forcedTool, undefined, context, `toolChoice ${context.toolChoice.type}`);
  return { kind: 'text', text: '', rule: 'no rule matched' };
}
