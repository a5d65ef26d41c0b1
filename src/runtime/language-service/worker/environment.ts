import ts from 'typescript';
import { createSystem, createVirtualTypeScriptEnvironment, type VirtualTypeScriptEnvironment } from '@typescript/vfs';

/** Every folder that holds a file, so that module resolution asks a Set rather than scanning every path. */
function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>(['/']);
  for (const path of paths) {
    for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
      if (folders.has(path.slice(0, end))) break;
      folders.add(path.slice(0, end));
    }
  }
  return folders;
}

/**
 * One TypeScript language service over an in-memory file system: the declaration files and
 * the lab's files, with the lab's TypeScript files as the program's roots.
 */
export function createEnvironment(files: Map<string, string>, roots: string[], compilerOptionsJson: Record<string, unknown>): VirtualTypeScriptEnvironment {
  const { options, errors } = ts.convertCompilerOptionsFromJson(compilerOptionsJson, '/');
  if (errors.length > 0) throw new Error(errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, ' ')).join('; '));
  const folders = foldersOf(files.keys());
  // @typescript/vfs's directoryExists scans every path on each call; resolution calls it thousands of times.
  const system: ts.System = { ...createSystem(files), directoryExists: (folder) => folders.has(folder.replace(/\/$/, '') || '/') };
  return createVirtualTypeScriptEnvironment(system, roots, ts, options);
}
