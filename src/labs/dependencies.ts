import type { LabSource } from './load.ts';

export { dependencyFileName, specifierFromFileName } from '../runtime/dependency-url.ts';

/** The npm packages the labs depend on: each becomes one browser bundle for the in-page runner. */
export function labDependencies(labs: LabSource[]): string[] {
  const names = new Set<string>();
  for (const lab of labs) {
    for (const name of Object.keys(lab.packageJson.dependencies ?? {})) names.add(name);
  }
  return [...names].sort();
}
