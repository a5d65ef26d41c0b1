// The stack picker's logic: the reader's constraints, whether an option fits them (and if not,
// why not), and the recommended option for each function of the stack. Pure functions over the
// options in stack-options.ts, shared by the unit tests and the page's script.
import { costBands, labelOf, languages, stackFunctions, type CostBand, type Residency, type StackFunction, type StackOption } from './stack-vocabulary.ts';

export interface Constraints {
  /** Who runs the services: anyone, someone else, or you. Libraries in your own code fit all three. */
  hosting: 'either' | 'managed' | 'self-hosted';
  /** The most the reader can take on: no new spend, pay per use, or reserved capacity too. */
  budget: CostBand;
  /** The languages the team writes and must be supported. */
  language: 'typescript' | 'python' | 'both';
  /** Where the data must stay. */
  residency: 'anywhere' | Residency;
}

export const defaultConstraints: Constraints = { hosting: 'either', budget: 'capacity', language: 'typescript', residency: 'anywhere' };

/** The choices of each constraint, in the order the form shows them, with the form's labels. */
export const constraintChoices = {
  hosting: [
    { id: 'either', label: 'Either' },
    { id: 'managed', label: 'Managed services: we run as little as possible' },
    { id: 'self-hosted', label: 'Self-hosted: we run everything ourselves' },
  ],
  budget: [
    { id: 'capacity', label: 'Reserved capacity is fine' },
    { id: 'usage', label: 'Pay per use, nothing reserved' },
    { id: 'none', label: 'No new spend' },
  ],
  language: [
    { id: 'typescript', label: 'TypeScript' },
    { id: 'python', label: 'Python' },
    { id: 'both', label: 'Both' },
  ],
  residency: [
    { id: 'anywhere', label: 'No requirement' },
    { id: 'us', label: 'Must stay in the US' },
    { id: 'eu', label: 'Must stay in the EU' },
    { id: 'own', label: 'Must stay on our own infrastructure' },
  ],
} as const satisfies { [Key in keyof Constraints]: readonly { id: Constraints[Key]; label: string }[] };

const budgetRank: Record<CostBand, number> = { none: 0, usage: 1, capacity: 2 };
const whereLabel: Record<Residency, string> = { us: 'in the US', eu: 'in the EU', own: 'on your own infrastructure' };

/** Why the option does not fit the constraints: one reason per constraint it breaks, none when it fits. */
export function misfits(option: StackOption, constraints: Constraints): string[] {
  const reasons: string[] = [];
  if (constraints.hosting === 'managed' && option.hosting === 'self-hosted') reasons.push('you would have to run it yourself');
  if (constraints.hosting === 'self-hosted' && option.hosting === 'managed') reasons.push('it is a service only its vendor runs');
  if (budgetRank[option.cost] > budgetRank[constraints.budget]) reasons.push(option.cost === 'usage' ? 'it is billed per use' : 'it needs reserved capacity');
  const wanted = constraints.language === 'both' ? (['typescript', 'python'] as const) : [constraints.language];
  for (const language of wanted) {
    if (!option.languages.includes(language)) reasons.push(`it has no ${labelOf(languages, language)} support`);
  }
  if (constraints.residency !== 'anywhere' && !option.residency.includes(constraints.residency)) reasons.push(`it cannot keep your data ${whereLabel[constraints.residency]}`);
  return reasons;
}

export const fits = (option: StackOption, constraints: Constraints): boolean => misfits(option, constraints).length === 0;

export interface FunctionPick {
  function: StackFunction;
  label: string;
  /** The first option, in the data's order of preference, that fits; none when nothing fits. */
  pick?: StackOption;
  /** The other options that fit. */
  alsoFits: StackOption[];
  /** The options that do not fit, each with its reasons. */
  ruledOut: { option: StackOption; reasons: string[] }[];
}

/** For each function of the stack, in the book's order, the recommended option and the rest. */
export function pickStack(options: readonly StackOption[], constraints: Constraints): FunctionPick[] {
  return stackFunctions.map(({ id, label }) => {
    const candidates = options.filter((option) => option.function === id);
    const fitting = candidates.filter((option) => fits(option, constraints));
    const ruledOut = candidates.filter((option) => !fits(option, constraints)).map((option) => ({ option, reasons: misfits(option, constraints) }));
    const [pick, ...alsoFits] = fitting;
    return { function: id, label, ...(pick ? { pick } : {}), alsoFits, ruledOut };
  });
}

const inWords = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** What the option offers, in words: why it fits. */
export function describeFit(option: StackOption): string {
  const runs = option.hosting === 'managed' ? 'a managed service' : option.hosting === 'self-hosted' ? 'software you run' : 'code inside your application';
  const cost = labelOf(costBands, option.cost).toLowerCase();
  const spoken = option.languages.map((language) => labelOf(languages, language)).join(' and ');
  return `Fits because it is ${runs} (${cost}), supports ${spoken}, and can keep your data ${inWords(option.residency.map((place) => whereLabel[place]))}.`;
}

/** Constraints from the form's values; a missing or unknown value falls back to the default. */
export function parseConstraints(values: Partial<Record<keyof Constraints, string | null | undefined>>): Constraints {
  const pick = <Key extends keyof Constraints>(key: Key): Constraints[Key] => {
    const allowed: readonly { id: string }[] = constraintChoices[key];
    const found = allowed.find((choice) => choice.id === values[key]);
    return found ? (found.id as Constraints[Key]) : defaultConstraints[key];
  };
  return { hosting: pick('hosting'), budget: pick('budget'), language: pick('language'), residency: pick('residency') };
}
