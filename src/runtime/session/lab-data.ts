import type { FileMap, LabLanguage } from '../runner.ts';

/** One of the lab's tasks, with the hints the learner may reveal one at a time (none when the list is empty). */
export interface LabTask {
  task: string;
  hints: string[];
  /** The tests that check it, by name or how the name begins. */
  tests?: string[];
}

/** What the page fetches for a lab from /lab-data/<slug>.json (see src/pages/lab-data/). */
export interface LabData {
  slug: string;
  dir: string;
  title: string;
  entry: string;
  open: string[];
  /** The manifest's tasks, in order, each with its hints. */
  tasks: LabTask[];
  timeoutMs: number;
  /** What the lab is written in (TypeScript when missing): a Python lab runs in Pyodide (see runners/in-page/python/). */
  language?: LabLanguage;
  starter: FileMap;
  solution: FileMap;
  /** What the editor's language service loads for a TypeScript lab (none for a Python lab). */
  types?: LabTypes | undefined;
}

/** The editor's language service for one lab: its worker and the declaration files its program needs (content-hashed, cached for good). */
export interface LabTypes {
  worker: string;
  /** JSON files, each a map from a path in the language service's file system to a declaration file's text. */
  declarations: string[];
  /** The compilerOptions of labs/_kit/tsconfig.json, the options `npm run check` uses. */
  compilerOptions: Record<string, unknown>;
}

export const labDataUrl = (slug: string): string => `/lab-data/${slug}.json`;

export async function fetchLabData(slug: string): Promise<LabData> {
  const response = await fetch(labDataUrl(slug));
  if (!response.ok) throw new Error(`Could not load lab "${slug}" (${response.status} from ${labDataUrl(slug)}).`);
  return (await response.json()) as LabData;
}

/** The files shown as editor tabs: the manifest's open files first, then the rest of src/ and test/. */
export function editableFiles(lab: LabData): string[] {
  const rest = Object.keys(lab.starter)
    .filter((path) => /^(src|test)\//.test(path) && !lab.open.includes(path))
    .sort();
  return [...lab.open, ...rest];
}
