// The check that stops the build on a malformed option of the stack picker, naming the file, the
// entry and the field: a zod schema, as for the labs' manifests (src/labs/manifest.ts). The
// vocabulary it checks against is in stack-vocabulary.ts, apart, so that the page's script, which
// needs the vocabulary, does not carry zod. The options themselves are in stack-options.ts.
import { z } from 'zod';
import { costBands, hostings, languages, residencies, stackFunctions, type StackOption } from './stack-vocabulary.ts';

export * from './stack-vocabulary.ts';

const shown = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));
const oneOf = (allowed: readonly string[]): string => allowed.map((id) => `"${id}"`).join(', ');
const idsOf = <Id extends string>(list: readonly { id: Id }[]) => list.map((item) => item.id) as [Id, ...Id[]];

/** One line of text between min (trimmed) and max characters, matching a pattern where one is given. */
function text(min: number, max: number, pattern?: { test: RegExp; expected: string }) {
  const tooShort = (issue: { input?: unknown }) => `expected text of at least ${min} characters${pattern ? ` (${pattern.expected})` : ''}, got ${shown(issue.input)}`;
  return z
    .string({ error: tooShort })
    .refine((value) => value.trim().length >= min, { error: tooShort, abort: true })
    .refine((value) => value.length <= max, { error: (issue) => `expected at most ${max} characters (one line), got ${String(issue.input).length}`, abort: true })
    .refine((value) => !value.includes('\n'), { error: 'expected one line, got a line break', abort: true })
    .refine((value) => !pattern || pattern.test.test(value), { error: (issue) => `expected ${pattern?.expected}, got ${shown(issue.input)}` });
}

function choice<Id extends string>(list: readonly { id: Id }[]) {
  const allowed = idsOf(list);
  return z.enum(allowed, { error: (issue) => `expected one of ${oneOf(allowed)}, got ${shown(issue.input)}` });
}

/** A non-empty list of ids from the list, none twice. */
function choices<Id extends string>(list: readonly { id: Id }[]) {
  const allowed = idsOf(list);
  const notAList = (issue: { input?: unknown }) => `expected a non-empty list drawn from ${oneOf(allowed)}, got ${shown(issue.input)}`;
  return z
    .array(z.enum(allowed, { error: (issue) => `expected each item to be one of ${oneOf(allowed)}, got ${shown(issue.input)}` }), { error: notAList })
    .min(1, { error: notAList })
    .refine((items) => new Set(items).size === items.length, { error: (issue) => `lists an item twice: ${shown(issue.input)}` });
}

const optionShape = {
  id: text(2, 40, { test: /^[a-z0-9]+(-[a-z0-9]+)*$/, expected: 'lower-case words joined by hyphens' }),
  function: choice(stackFunctions),
  name: text(2, 120),
  hosting: choice(hostings),
  cost: choice(costBands),
  languages: choices(languages),
  residency: choices(residencies),
  licence: text(2, 120),
  source: text(2, 300, { test: /^(https:\/\/\S+|\/[a-z0-9-]+\/[a-z0-9-/#]*)$/, expected: 'an https address, or a chapter path such as "/stage-2-core/vector-databases/"' }),
  reason: text(20, 240),
};
const fields = Object.keys(optionShape).join(', ');

const optionSchema = z.strictObject(optionShape, {
  error: (issue) => (issue.code === 'invalid_type' ? `expected an object with the fields ${fields}, got ${shown(issue.input)}` : undefined),
});

/** Every option well-formed, no id twice, and at least one option for each function of the stack. */
const optionsSchema = z.array(optionSchema).superRefine((options, context) => {
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (seen.has(option.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${option.id}" is used by an earlier entry; ids must be unique` });
    seen.add(option.id);
  });
  for (const { id, label } of stackFunctions) {
    if (!options.some((option) => option.function === id)) context.addIssue({ code: 'custom', path: [], message: `no entry has "function": "${id}"; the picker needs at least one option for ${label}` });
  }
});

/** One line per problem: the file, the entry (its number and id, where it has one) and the field. */
function problemLines(entries: readonly unknown[], file: string, error: z.ZodError): string[] {
  const lines: string[] = [];
  const reported = new Set<string>();
  for (const issue of error.issues) {
    const [index, field] = issue.path;
    if (typeof index !== 'number') {
      lines.push(`${file}: ${issue.message}`);
      continue;
    }
    const id = (entries[index] as { id?: unknown } | null)?.id;
    const where = `${file}: entry ${index + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${where}, field "${key}": is not a field of an option (expected only ${fields})`);
    } else if (field === undefined) {
      lines.push(`${where}, ${issue.message}`);
    } else if (!reported.has(`${index}.${String(field)}`)) {
      // The first problem of a field is enough: a list with two bad items says so once.
      reported.add(`${index}.${String(field)}`);
      lines.push(`${where}, field "${String(field)}": ${issue.message}`);
    }
  }
  return lines;
}

/** Checks every option; a malformed one stops the build with a line per problem. */
export function validateStackOptions(entries: readonly unknown[], file: string): StackOption[] {
  const parsed = optionsSchema.safeParse(entries);
  if (!parsed.success) throw new Error(problemLines(entries, file, parsed.error).join('\n'));
  return parsed.data;
}
