import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { LabError, LabErrors } from './errors.ts';
import { readLabFolder, type FileMap } from './lab-files.ts';
import { labManifestSchema, slugPattern, type LabLanguage, type LabManifest } from './manifest.ts';
import { isTestFile, taskTestErrors } from './task-tests.ts';

export { readFiles, type FileMap } from './lab-files.ts';

export interface LabPackageJson {
  name: string;
  description?: string;
  scripts: { start: string; test: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface LabSource {
  slug: string;
  /** The lab's folder relative to the repository root, e.g. "labs/cost-curve". */
  dir: string;
  manifest: LabManifest;
  packageJson: LabPackageJson;
  /** Every file the learner starts with (solution/ excluded), by lab-relative path. */
  starter: FileMap;
  /** The solution overlay, by the starter path it replaces. */
  solution: FileMap;
}

/** Lab folders: every folder in labs/ except the kit (and other "_" or "." folders). */
export function labSlugs(labsRoot: string): string[] {
  if (!existsSync(labsRoot)) return [];
  return readdirSync(labsRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^[_.]/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

const describe = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

/** One LabError per schema issue, naming the field, what was expected and what was found. */
export function manifestErrors(file: string, data: unknown, error: z.ZodError): LabError[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return new LabError(file, `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`);
    const field = issue.path.map(String).join('.');
    const expected = issue.message.replace(/^(Invalid input|Too small|Too big): /, '').replace(/^expected /, '').replace(/, received .*$/, '');
    const value = valueAt(data, issue.path);
    const problem = value === undefined ? `is missing; expected ${expected}` : `expected ${expected}, got ${describe(value)}`;
    return new LabError(file, problem, field || undefined);
  });
}

/** A JSON file's data, or the LabError saying why there is none. */
function readJson(file: string, label: string): { data: unknown } | { error: LabError } {
  if (!existsSync(file)) return { error: new LabError(label, 'missing (every lab needs one)') };
  try {
    return { data: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { error: new LabError(label, `is not valid JSON: ${(error as Error).message}`) };
  }
}

function packageJsonErrors(label: string, data: unknown): LabError[] {
  const errors: LabError[] = [];
  const scripts = (data as { scripts?: Record<string, unknown> } | null)?.scripts ?? {};
  for (const script of ['start', 'test'] as const) {
    if (typeof scripts[script] !== 'string') errors.push(new LabError(label, `expected a "${script}" script, got ${describe(scripts[script])}`, `scripts.${script}`));
  }
  if (typeof (data as { name?: unknown } | null)?.name !== 'string') errors.push(new LabError(label, 'expected the package name', 'name'));
  return errors;
}

/** The manifest, or (when it does not validate) the paths its entry and open fields name where those are well-formed. */
function readManifest(labDir: string, manifestFile: string, errors: LabError[]): { manifest?: LabManifest; named: Array<[field: string, path: string]>; language: LabLanguage } {
  const json = readJson(join(labDir, 'lab.json'), manifestFile);
  if ('error' in json) {
    errors.push(json.error);
    return { named: [], language: 'typescript' };
  }
  // The language decides which test files the lab needs, even when another field of the manifest is wrong.
  const language: LabLanguage = (json.data as { language?: unknown } | null)?.language === 'python' ? 'python' : 'typescript';
  const parsed = labManifestSchema.safeParse(json.data);
  const named = (manifest: { entry?: unknown; open?: unknown }): Array<[string, string]> => [
    ['entry', manifest.entry],
    ...(Array.isArray(manifest.open) ? manifest.open.map((path, index): [string, unknown] => [`open.${index}`, path]) : []),
  ].filter((pair): pair is [string, string] => typeof pair[1] === 'string');
  if (parsed.success) return { manifest: parsed.data, named: named(parsed.data), language };
  errors.push(...manifestErrors(manifestFile, json.data, parsed.error));
  // Still check that the well-formed paths exist, so one run reports every problem.
  const badFields = new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.')));
  return { named: named((json.data ?? {}) as { entry?: unknown; open?: unknown }).filter(([field]) => !badFields.has(field) && !badFields.has(field.split('.')[0] ?? '')), language };
}

/** Reads and validates one lab. Throws LabErrors listing every problem found in it. */
export function loadLab(labsRoot: string, slug: string, repoRoot = join(labsRoot, '..')): LabSource {
  const labDir = join(labsRoot, slug);
  const dir = relative(repoRoot, labDir).split(sep).join('/');
  const manifestFile = `${dir}/lab.json`;
  const errors: LabError[] = [];
  const { manifest, named, language } = readManifest(labDir, manifestFile, errors);
  const packageFile = `${dir}/package.json`;
  const packageJson = readJson(join(labDir, 'package.json'), packageFile);
  if ('error' in packageJson) errors.push(packageJson.error);
  else errors.push(...packageJsonErrors(packageFile, packageJson.data));

  const folder = readLabFolder(labDir, dir);
  errors.push(...folder.errors);
  const starter: FileMap = {};
  const solution: FileMap = {};
  for (const [path, content] of Object.entries(folder.files)) {
    if (path.startsWith('solution/')) solution[path.slice('solution/'.length)] = content;
    else starter[path] = content;
  }

  for (const path of Object.keys(solution)) {
    if (!(path in starter)) errors.push(new LabError(`${dir}/solution/${path}`, `has no starter counterpart ${dir}/${path}`));
  }
  for (const [field, path] of named) {
    if (!(path in starter)) errors.push(new LabError(manifestFile, `file ${path} does not exist in the lab`, field));
  }
  if (!Object.keys(starter).some((path) => isTestFile(path, language))) errors.push(new LabError(`${dir}/test/`, `has no ${language === 'python' ? 'test_*.py' : '*.test.ts'} file`));
  if (manifest) errors.push(...taskTestErrors(manifest, Object.entries(starter).filter(([path]) => isTestFile(path, language)).map(([, source]) => source), manifestFile));
  if (!('README.md' in starter)) errors.push(new LabError(`${dir}/README.md`, 'missing (say what the lab teaches and what its stand-in cannot show)'));
  if (errors.length > 0 || !manifest || 'error' in packageJson) throw new LabErrors(errors);
  return { slug, dir, manifest, packageJson: packageJson.data as LabPackageJson, starter, solution };
}

/** Every lab under labsRoot, validated. Collects the problems of all labs before failing. */
export function loadLabs(labsRoot: string, repoRoot = join(labsRoot, '..')): LabSource[] {
  const labs: LabSource[] = [];
  const errors: LabError[] = [];
  const seen = new Map<string, string>();
  for (const slug of labSlugs(labsRoot)) {
    if (!slugPattern.test(slug)) {
      errors.push(new LabError(`${relative(repoRoot, join(labsRoot, slug)).split(sep).join('/')}/`, `folder name "${slug}" is not a lab slug; use lower-case words joined by hyphens, like "cost-curve"`));
    }
    try {
      const lab = loadLab(labsRoot, slug, repoRoot);
      for (const key of [`slug ${slug.toLowerCase()}`, `package name ${lab.packageJson.name}`]) {
        const other = seen.get(key);
        if (other) errors.push(new LabError(`${lab.dir}/lab.json`, `duplicate ${key}: also used by ${other}`));
        else seen.set(key, lab.dir);
      }
      labs.push(lab);
    } catch (error) {
      if (error instanceof LabErrors) errors.push(...error.problems);
      else if (error instanceof LabError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new LabErrors(errors);
  return labs;
}

/** A lab by slug, or an error naming the page that asked for it and the labs that exist. */
export function findLab(labs: LabSource[], slug: string, page: string): LabSource {
  const lab = labs.find((candidate) => candidate.slug === slug);
  if (!lab) {
    const known = labs.map((candidate) => candidate.slug).join(', ') || '(none)';
    throw new LabError(page, `<Lab slug="${slug}"/> names a lab that does not exist; known labs: ${known}`);
  }
  return lab;
}
