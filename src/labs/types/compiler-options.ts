import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The compiler options `npm run check` type-checks every lab with (labs/_kit/tsconfig.json), as
 * written there: the editor's language service converts the same JSON, so the two agree.
 */
export function labCompilerOptionsJson(repoRoot = process.cwd()): Record<string, unknown> {
  const file = join(repoRoot, 'labs', '_kit', 'tsconfig.json');
  const { config, error } = ts.parseConfigFileTextToJson(file, readFileSync(file, 'utf8'));
  if (error) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`);
  return { ...(config as { compilerOptions: Record<string, unknown> }).compilerOptions, ...languageServiceOverrides };
}

/**
 * What the editor adds: files reach the language service by the paths they have under
 * node_modules (the kit is a workspace link there), so symbolic links must not be followed.
 */
const languageServiceOverrides = { preserveSymlinks: true } as const;

export function labCompilerOptions(repoRoot = process.cwd()): ts.CompilerOptions {
  const { options, errors } = ts.convertCompilerOptionsFromJson(labCompilerOptionsJson(repoRoot), repoRoot);
  if (errors.length > 0) throw new Error(`labs/_kit/tsconfig.json: ${errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, ' ')).join('; ')}`);
  return options;
}
