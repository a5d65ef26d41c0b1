// Starts the editor's language service for a lab: the one entry of language-service/ the workbench loads, lazily.
import type { Extension } from '@codemirror/state';
import type { FileMap } from '../runner.ts';
import type { LabTypes } from '../session/lab-data.ts';
import { LanguageServiceClient } from './client.ts';
import { languageServiceExtension, type FileChecks } from './editor-extensions.ts';

export interface LabLanguageService {
  /** The editor extensions for a file of the lab (by its path in the lab, e.g. "src/main.ts"). */
  extensionFor(path: string): Extension;
  /** Gives the worker files changed from outside the editor (Solve, Reset). */
  update(files: FileMap): void;
  dispose(): void;
}

/** Where a lab's files sit in the language service's file system: where they sit in the repository, as the build's collector saw them. */
const serviceRoot = (dir: string): string => `/${dir.replace(/^\/+|\/+$/g, '')}/`;

export async function startLanguageService(types: LabTypes, lab: { dir: string; files: FileMap; open: string }, checks: FileChecks): Promise<LabLanguageService> {
  const root = serviceRoot(lab.dir);
  const inService = (files: FileMap): FileMap => Object.fromEntries(Object.entries(files).map(([path, text]) => [root + path, text]));
  const client = new LanguageServiceClient(types.worker);
  try {
    const { diagnostics } = await client.start(types.declarations, { compilerOptions: types.compilerOptions, files: inService(lab.files), open: root + lab.open });
    checks.onDiagnostics(lab.open, diagnostics);
    const relative = (path: string): string => path.slice(root.length);
    const extensions = new Map<string, Extension>();
    const extensionFor = (path: string): Extension => {
      if (!extensions.has(path)) extensions.set(path, languageServiceExtension(client, root + path, { onDiagnostics: (file, diagnostics) => checks.onDiagnostics(relative(file), diagnostics) }));
      return extensions.get(path)!;
    };
    return {
      extensionFor,
      update: (files) => Object.entries(inService(files)).forEach(([path, text]) => client.update(path, text)),
      dispose: () => client.dispose(),
    };
  } catch (error) {
    client.dispose();
    throw error;
  }
}
