// The language service's answers, shaped for CodeMirror.
import ts from 'typescript';
import type { VirtualTypeScriptEnvironment } from '@typescript/vfs';
import type { Diagnostic } from '@codemirror/lint';
import type { CompletionResult } from '@codemirror/autocomplete';
import { getAutocompletion } from '@valtown/codemirror-ts/worker';
import type { TypeInfo } from '../protocol.ts';

const severity = (category: ts.DiagnosticCategory): Diagnostic['severity'] =>
  category === ts.DiagnosticCategory.Error ? 'error' : category === ts.DiagnosticCategory.Warning ? 'warning' : 'info';

/** The file's syntax and type errors, with TypeScript's whole message (its chain of reasons included). */
export function diagnostics(env: VirtualTypeScriptEnvironment, path: string): Diagnostic[] {
  if (!env.getSourceFile(path)) return [];
  const found = [...env.languageService.getSyntacticDiagnostics(path), ...env.languageService.getSemanticDiagnostics(path)];
  return found
    .filter((diagnostic) => diagnostic.start !== undefined)
    .map((diagnostic) => ({
      from: diagnostic.start!,
      to: diagnostic.start! + (diagnostic.length ?? 0),
      severity: severity(diagnostic.category),
      source: `TypeScript ${diagnostic.code}`,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    }));
}

export function typeAt(env: VirtualTypeScriptEnvironment, path: string, position: number): TypeInfo | null {
  const info = env.languageService.getQuickInfoAtPosition(path, position);
  if (!info) return null;
  return {
    from: info.textSpan.start,
    to: info.textSpan.start + info.textSpan.length,
    signature: ts.displayPartsToString(info.displayParts),
    documentation: ts.displayPartsToString(info.documentation),
  };
}

export function completions(env: VirtualTypeScriptEnvironment, path: string, position: number, explicit: boolean): Promise<CompletionResult | null> {
  return getAutocompletion({ env, path, context: { pos: position, explicit } });
}
