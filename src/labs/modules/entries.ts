// Which npm specifiers each lab may import in the page: every bare import in
// its files (starter and solution, source and tests) and the main entry of
// each of its dependencies, so that a learner can start using one.
import { bareImports, isBuiltin, packageName } from '../../runtime/runners/in-page/scan-imports.ts';
import { LabError, LabErrors } from '../errors.ts';
import type { LabSource } from '../load.ts';

export interface EntryRequest {
  slug: string;
  /** The lab's folder, where its imports resolve from. */
  dir: string;
  /** What the lab's files import: each must resolve. */
  specifiers: string[];
  /** The main entries of its other dependencies, offered when they exist (some packages have only subpaths). */
  optional?: string[];
}

const isCode = (path: string): boolean => /\.[cm]?[jt]s$/.test(path);

/** What the graph needs to know of a lab (or of a proof project). */
export type GraphProject = Pick<LabSource, 'slug' | 'dir' | 'packageJson' | 'starter' | 'solution'>;

/** The files of a lab that import packages: its starter and its solution, by the path shown in errors. */
function codeFiles(lab: GraphProject): Array<[label: string, source: string]> {
  return [
    ...Object.entries(lab.starter).filter(([path]) => isCode(path)).map(([path, source]) => [`${lab.dir}/${path}`, source] as [string, string]),
    ...Object.entries(lab.solution).filter(([path]) => isCode(path)).map(([path, source]) => [`${lab.dir}/solution/${path}`, source] as [string, string]),
  ];
}

/**
 * The specifiers of every lab. A lab that imports a package missing from its
 * package.json "dependencies" fails the build, naming the file and the specifier:
 * the page can only provide what the lab declares.
 */
export function entryRequests(labs: GraphProject[]): EntryRequest[] {
  const errors: LabError[] = [];
  const requests = labs.map((lab) => {
    const dependencies = Object.keys(lab.packageJson.dependencies ?? {});
    const specifiers = new Set<string>();
    for (const [label, source] of codeFiles(lab)) {
      for (const specifier of bareImports([source])) {
        if (isBuiltin(specifier)) continue;
        if (dependencies.includes(packageName(specifier))) specifiers.add(specifier);
        else errors.push(new LabError(label, `imports "${specifier}", but "${packageName(specifier)}" is not in ${lab.dir}/package.json "dependencies"`));
      }
    }
    const optional = dependencies.filter((name) => !specifiers.has(name)).sort();
    return { slug: lab.slug, dir: lab.dir, specifiers: [...specifiers].sort(), ...(optional.length > 0 ? { optional } : {}) };
  });
  if (errors.length > 0) throw new LabErrors(errors);
  return requests;
}
