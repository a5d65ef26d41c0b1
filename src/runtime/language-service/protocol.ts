// What the page and the language-service worker say to each other (through Comlink).
import type { Diagnostic } from '@codemirror/lint';
import type { CompletionResult } from '@codemirror/autocomplete';

export interface LanguageServiceStart {
  /** The declaration files, as the bytes of JSON maps from path to text (fetched by the page while the worker loads, then transferred). */
  declarations: ArrayBuffer[];
  /** compilerOptions as written in a tsconfig.json. */
  compilerOptions: Record<string, unknown>;
  /** The lab's files by their path in the language service's file system ("/labs/<slug>/src/main.ts"). */
  files: Record<string, string>;
  /** The file the learner has open: checked first, so that the first answer comes at once. */
  open: string;
}

/** A type to show on hover: the signature as TypeScript prints it, and its documentation. */
export interface TypeInfo {
  from: number;
  to: number;
  signature: string;
  documentation: string;
}

export interface LanguageServiceApi {
  /** Builds the program once per page; resolves when the open file has been checked, with its diagnostics. */
  start(start: LanguageServiceStart): { diagnostics: Diagnostic[] };
  setFile(path: string, text: string): void;
  diagnostics(path: string): Diagnostic[];
  typeAt(path: string, position: number): TypeInfo | null;
  completions(path: string, position: number, explicit: boolean): Promise<CompletionResult | null>;
}
