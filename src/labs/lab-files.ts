// Reads a lab's folder (or the kit's) into a map of text files, and refuses what would be
// garbled or lost on the way to the browser and the exports: names Windows cannot unpack,
// files too large to send to every reader, binary files, and links that lead out of the folder.
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LabError, LabErrors } from './errors.ts';
import { unportableName } from './file-names.ts';

export type FileMap = Record<string, string>;

/** Every file is sent to the browser and put into each export; a megabyte is far more than any lab needs. */
export const maxLabFileBytes = 1024 * 1024;

const skipped = new Set(['node_modules', '.DS_Store']);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface FolderContents {
  files: FileMap;
  errors: LabError[];
}

const megabytes = (bytes: number): string => `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;

/** The text of a file, or the reason it cannot be a lab file. */
function readText(path: string, stats: Stats): { text: string } | { problem: string } {
  if (stats.size > maxLabFileBytes) return { problem: `is ${megabytes(stats.size)}; a lab file may be at most ${megabytes(maxLabFileBytes)} (every file is sent to the browser and into every export)` };
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return { problem: 'is a binary file (it contains NUL bytes); a lab holds only UTF-8 text files' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'is not valid UTF-8 text (a binary file, or another encoding); save it as UTF-8' };
  }
}

/**
 * Reads every file under `root`, by forward-slashed path relative to it. `label` is how
 * messages name `root` (the repository-relative folder, like "labs/cost-curve").
 * A link to a file or folder inside `root` is read as what it points to.
 */
export function readLabFolder(root: string, label = root): FolderContents {
  const files: FileMap = {};
  const errors: LabError[] = [];
  const realRoot = realpathSync(root);
  const inside = (real: string): boolean => real === realRoot || real.startsWith(realRoot + sep);

  const visit = (under: string, ancestors: string[]): void => {
    for (const entry of readdirSync(under, { withFileTypes: true })) {
      if (skipped.has(entry.name)) continue;
      const path = join(under, entry.name);
      const relativePath = relative(root, path).split(sep).join('/');
      const name = `${label}/${relativePath}`;
      const nameProblem = unportableName(entry.name);
      if (nameProblem) {
        errors.push(new LabError(name, `file name: ${nameProblem}`));
        continue;
      }
      let stats = lstatSync(path);
      if (stats.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch {
          errors.push(new LabError(name, 'is a symbolic link to something that does not exist'));
          continue;
        }
        if (!inside(real)) {
          errors.push(new LabError(name, `is a symbolic link to ${real}, outside the lab folder; copy the file into the lab instead`));
          continue;
        }
        if (ancestors.includes(real)) {
          errors.push(new LabError(name, 'is a symbolic link to a folder that contains it (a loop)'));
          continue;
        }
        stats = statSync(path);
      }
      if (stats.isDirectory()) visit(path, [...ancestors, realpathSync(path)]);
      else if (stats.isFile()) {
        const read = readText(path, stats);
        if ('text' in read) files[relativePath] = read.text;
        else errors.push(new LabError(name, read.problem));
      } else errors.push(new LabError(name, 'is not a regular file or folder'));
    }
  };
  visit(root, [realRoot]);
  return { files, errors };
}

/** Like readLabFolder, but throws LabErrors listing every problem. */
export function readFiles(root: string, label = root): FileMap {
  const { files, errors } = readLabFolder(root, label);
  if (errors.length > 0) throw new LabErrors(errors);
  return files;
}
