// The vocabulary of the stack picker (tool-stack/pick-a-stack): what an option of the tool stack
// is, the attributes the picker filters on, and the check that stops the build on a malformed
// option, naming the option and the field. The options themselves are in stack-options.ts.

export const stackFunctions = [
  { id: 'models', label: 'Models and APIs' },
  { id: 'orchestration', label: 'Orchestration' },
  { id: 'vectors', label: 'Vector storage' },
  { id: 'serving', label: 'Inference and serving' },
  { id: 'protocols', label: 'Protocols' },
  { id: 'evaluation', label: 'Evaluation' },
  { id: 'deployment', label: 'Deployment' },
] as const;

/** How an option runs: a service someone else runs, software you run, or a library inside your own code. */
export const hostings = [
  { id: 'managed', label: 'Managed service' },
  { id: 'self-hosted', label: 'Self-hosted' },
  { id: 'library', label: 'In your code' },
] as const;

/** What an option adds to the bill, by how it is charged (never a price: prices change monthly). */
export const costBands = [
  { id: 'none', label: 'No new spend', meaning: 'open-source software on machines or a database you already run; no licence fee and no meter' },
  { id: 'usage', label: 'Pay per use', meaning: 'billed by the token, request or stored unit: close to nothing for a prototype, growing in step with traffic' },
  { id: 'capacity', label: 'Reserved capacity', meaning: 'machines, GPUs or database instances paid by the hour or month, whether or not traffic comes' },
] as const;

export const languages = [
  { id: 'typescript', label: 'TypeScript' },
  { id: 'python', label: 'Python' },
] as const;

/** Where an option can keep and process your data. */
export const residencies = [
  { id: 'us', label: 'US' },
  { id: 'eu', label: 'EU' },
  { id: 'own', label: 'Your own infrastructure' },
] as const;

type IdOf<List extends readonly { id: string }[]> = List[number]['id'];
export type StackFunction = IdOf<typeof stackFunctions>;
export type Hosting = IdOf<typeof hostings>;
export type CostBand = IdOf<typeof costBands>;
export type Language = IdOf<typeof languages>;
export type Residency = IdOf<typeof residencies>;

export interface StackOption {
  /** Lower-case words joined by hyphens, unique: "pgvector-own". */
  id: string;
  function: StackFunction;
  name: string;
  hosting: Hosting;
  cost: CostBand;
  /** The languages with first-class support (an official SDK, or the tool's own language). */
  languages: Language[];
  /** Where the data can be kept and processed. */
  residency: Residency[];
  licence: string;
  /** Where the attributes were checked: an https address or a chapter of the book ("/stage-…/"). */
  source: string;
  /** Why you would pick it, in one line. */
  reason: string;
}

const fields = ['id', 'function', 'name', 'hosting', 'cost', 'languages', 'residency', 'licence', 'source', 'reason'] as const;
const idsOf = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);
const shown = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));
const oneOf = (allowed: string[]): string => allowed.map((id) => `"${id}"`).join(', ');

class StackOptionError extends Error {}

/** Checks every option; the first problem stops the build with the file, the entry and the field. */
export function validateStackOptions(entries: readonly unknown[], file: string): StackOption[] {
  const seen = new Set<string>();
  const options = entries.map((entry, index) => {
    const id = typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : undefined;
    const where = `${file}: entry ${index + 1}${id ? ` ("${id}")` : ''}`;
    try {
      const option = checkOption(entry);
      if (seen.has(option.id)) throw new StackOptionError(`field "id": "${option.id}" is used by an earlier entry; ids must be unique`);
      seen.add(option.id);
      return option;
    } catch (error) {
      if (error instanceof StackOptionError) throw new Error(`${where}, ${error.message}`);
      throw error;
    }
  });
  for (const { id, label } of stackFunctions) {
    if (!options.some((option) => option.function === id)) throw new Error(`${file}: no entry has "function": "${id}"; the picker needs at least one option for ${label}`);
  }
  return options;
}

function checkOption(entry: unknown): StackOption {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new StackOptionError(`expected an object with the fields ${fields.join(', ')}, got ${shown(entry)}`);
  const record = entry as Record<string, unknown>;
  const unknownField = Object.keys(record).find((key) => !(fields as readonly string[]).includes(key));
  if (unknownField) throw new StackOptionError(`field "${unknownField}": is not a field of an option (expected only ${fields.join(', ')})`);
  const text = (field: string, min: number, max: number, pattern?: RegExp, hint = ''): string => {
    const value = record[field];
    if (typeof value !== 'string' || value.trim().length < min) throw new StackOptionError(`field "${field}": expected text of at least ${min} characters${hint}, got ${shown(value)}`);
    if (value.length > max) throw new StackOptionError(`field "${field}": expected at most ${max} characters (one line), got ${value.length}`);
    if (/\n/.test(value)) throw new StackOptionError(`field "${field}": expected one line, got a line break`);
    if (pattern && !pattern.test(value)) throw new StackOptionError(`field "${field}": expected ${hint.replace(/^ \(|\)$/g, '')}, got ${shown(value)}`);
    return value;
  };
  const choice = <Id extends string>(field: string, allowed: string[]): Id => {
    const value = record[field];
    if (typeof value !== 'string' || !allowed.includes(value)) throw new StackOptionError(`field "${field}": expected one of ${oneOf(allowed)}, got ${shown(value)}`);
    return value as Id;
  };
  const choices = <Id extends string>(field: string, allowed: string[]): Id[] => {
    const value = record[field];
    if (!Array.isArray(value) || value.length === 0) throw new StackOptionError(`field "${field}": expected a non-empty list drawn from ${oneOf(allowed)}, got ${shown(value)}`);
    const bad = value.find((item) => typeof item !== 'string' || !allowed.includes(item));
    if (bad !== undefined) throw new StackOptionError(`field "${field}": expected each item to be one of ${oneOf(allowed)}, got ${shown(bad)}`);
    if (new Set(value).size !== value.length) throw new StackOptionError(`field "${field}": lists an item twice: ${shown(value)}`);
    return value as Id[];
  };
  return {
    id: text('id', 2, 40, /^[a-z0-9]+(-[a-z0-9]+)*$/, ' (lower-case words joined by hyphens)'),
    function: choice<StackFunction>('function', idsOf(stackFunctions)),
    name: text('name', 2, 120),
    hosting: choice<Hosting>('hosting', idsOf(hostings)),
    cost: choice<CostBand>('cost', idsOf(costBands)),
    languages: choices<Language>('languages', idsOf(languages)),
    residency: choices<Residency>('residency', idsOf(residencies)),
    licence: text('licence', 2, 120),
    source: text('source', 2, 300, /^(https:\/\/\S+|\/[a-z0-9-]+\/[a-z0-9-/#]*)$/, ' (an https address, or a chapter path such as "/stage-2-core/vector-databases/")'),
    reason: text('reason', 20, 240),
  };
}

export const labelOf = <Id extends string>(list: readonly { id: Id; label: string }[], id: Id): string => list.find((item) => item.id === id)?.label ?? id;
