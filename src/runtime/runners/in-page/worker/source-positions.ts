// Where in the learner's TypeScript a stack frame is: the lab's files are run
// as sucrase's output (module-system.ts), so the engine's positions are in that
// output; they are mapped back here, line for line, column by alignment.
import type { SourceLocation } from '../../../runner.ts';
import { labRoot } from './resolve.ts';
import { parseStack, type RawFrame } from './stack-frames.ts';
import { importNames, sourceColumn } from './source-columns.ts';

interface Compiled {
  lines: string[];
  /** Characters the module wrapper puts before the code on its first line. */
  header: number;
  imports: Set<string>;
}

/** Frames kept for one error: enough to follow a failure through a lab's own calls. */
export const maxFrames = 20;

const labPath = (url: string): string | undefined => {
  const path = url.replace(/^file:\/\//, '');
  return path.startsWith(`${labRoot}/`) ? path.slice(labRoot.length + 1) : undefined;
};

export class SourcePositions {
  private readonly files: Record<string, string>;
  private readonly compiled = new Map<string, Compiled>();

  constructor(files: Record<string, string>) {
    this.files = files;
  }

  /** Keeps the code a lab file was run as (`header` characters of wrapper before it on line 1). */
  record(path: string, code: string, header: number): void {
    this.compiled.set(path, { lines: code.split('\n'), header, imports: importNames(code) });
  }

  /** The frame's place in the learner's file, or undefined when it is not in a lab file. */
  locate(frame: RawFrame): SourceLocation | undefined {
    const file = labPath(frame.url);
    const source = file === undefined ? undefined : this.files[file];
    if (file === undefined || source === undefined || frame.line < 1) return undefined;
    const sourceLine = source.split('\n')[frame.line - 1];
    const compiled = this.compiled.get(file);
    let column = frame.column;
    if (compiled && sourceLine !== undefined) {
      const generated = compiled.lines[frame.line - 1] ?? '';
      column = sourceColumn(sourceLine, generated, frame.line === 1 ? Math.max(column - compiled.header, 1) : column, compiled.imports);
    }
    return { file, line: frame.line, column: Math.max(column, 1), ...(frame.fn === undefined ? {} : { fn: frame.fn }) };
  }

  /** The lab frames of an error's stack, innermost first. */
  locations(error: unknown): SourceLocation[] {
    const stack = error instanceof Error ? (error.stack ?? '') : '';
    const located: SourceLocation[] = [];
    for (const frame of parseStack(stack)) {
      const location = this.locate(frame);
      if (location) located.push(location);
      if (located.length === maxFrames) break;
    }
    return located;
  }

  /**
   * The source of the call at the first lab frame of `stack`, as Node prints a
   * failed assert.ok: from the start of the callee (assert.ok, a2.strict.ok) to
   * its closing parenthesis, or to the end of the line when the call goes on.
   */
  callExpression(stack: string): string | undefined {
    const location = parseStack(stack)
      .map((frame) => this.locate(frame))
      .find((found) => found !== undefined);
    const line = location && this.files[location.file]?.split('\n')[location.line - 1];
    if (!location || line === undefined) return undefined;
    let start = location.column - 1;
    while (start > 0 && /[\w$.?]/.test(line[start - 1]!)) start--;
    const open = line.indexOf('(', location.column - 1);
    if (open < 0) return line.slice(start).trim() || undefined;
    const close = closingParenthesis(line, open);
    return (close < 0 ? line.slice(start) : line.slice(start, close + 1)).trimEnd();
  }
}

/** The index of the parenthesis that closes the one at `open`, skipping strings; -1 when it is not on this line. */
function closingParenthesis(line: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let index = open; index < line.length; index++) {
    const char = line[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  return -1;
}
