// An error as the learner reads it in the output: its name and message, then
// its frames in the lab's files at their places in the TypeScript, as Node
// prints a stack ("    at fn (src/count.ts:12:5)").
import type { SourceLocation } from '../../../runner.ts';
import type { SourcePositions } from './source-positions.ts';
import { inspect } from './shims/inspect.ts';

export const frameLine = (location: SourceLocation): string => {
  const place = `${location.file}:${location.line}:${location.column}`;
  return `    at ${location.fn ? `${location.fn} (${place})` : place}`;
};

/** The error's first line: "TypeError: x is not a function", or "Uncaught 'text'" for a thrown value that is not an Error. */
export const errorHeadline = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : `Uncaught ${inspect(error)}`);

export function errorText(error: unknown, positions: SourcePositions): string {
  return [errorHeadline(error), ...positions.locations(error).map(frameLine)].join('\n');
}
