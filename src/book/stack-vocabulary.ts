// The vocabulary of the stack picker (tool-stack/pick-a-stack): what an option of the tool stack
// is and the attributes the picker filters on. The page's script uses it, so it imports nothing;
// the check of the options, which needs zod, is in stack-model.ts and runs only at build time.

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

export const labelOf = <Id extends string>(list: readonly { id: Id; label: string }[], id: Id): string => list.find((item) => item.id === id)?.label ?? id;
