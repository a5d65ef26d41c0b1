import type { DeclarationFiles } from './collect-declarations.ts';

/**
 * Splits each lab's declaration files into one set most labs share (fetched once and cached
 * for every lab) and what each lab needs beyond it. A file goes in the shared set when at
 * least half the labs need it; a lab that needs less loads the shared set all the same, and
 * the language service parses only the files its program reaches.
 */
export function splitShared(byLab: Record<string, DeclarationFiles>): { shared: DeclarationFiles; own: Record<string, DeclarationFiles> } {
  const labs = Object.values(byLab);
  const users = new Map<string, number>();
  for (const files of labs) for (const path of Object.keys(files)) users.set(path, (users.get(path) ?? 0) + 1);
  const isShared = (path: string): boolean => (users.get(path) ?? 0) * 2 >= labs.length;
  const shared: DeclarationFiles = {};
  const own: Record<string, DeclarationFiles> = {};
  for (const [slug, files] of Object.entries(byLab)) {
    own[slug] = {};
    for (const [path, text] of Object.entries(files)) {
      if (isShared(path)) shared[path] = text;
      else own[slug][path] = text;
    }
  }
  return { shared, own };
}
