import type { RunResult, TestResult, UsageEvent } from '../runner.ts';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/** One line on how a run ended, including dropped output. */
export function describeEnd(result: RunResult, timeoutMs: number): string {
  const how = {
    exit: `Exited with code ${result.exitCode} after ${seconds(result.durationMs)}.`,
    stopped: `Stopped after ${seconds(result.durationMs)}.`,
    timeout: `Stopped: the lab ran longer than its ${timeoutMs / 1000} s limit (an endless loop?).`,
    crash: `Crashed after ${seconds(result.durationMs)} (exit code ${result.exitCode}).`,
    limit: `Stopped after ${seconds(result.durationMs)}: ${result.reason ?? 'it broke a limit of the page'}.`,
    memory: `Stopped after ${seconds(result.durationMs)}: the lab ran out of memory.`,
  }[result.end];
  return how + describeDropped(result);
}

/** How a Test run ended: the tally, which says more than its exit code, unless it was stopped or crashed. */
export function describeTestEnd(result: RunResult, tests: Pick<TestResult, 'passed'>[], timeoutMs: number): string {
  if (result.end !== 'exit') return describeEnd(result, timeoutMs);
  const tally = tests.length === 0 ? `no test results (exit code ${result.exitCode})` : `${tests.filter((test) => test.passed).length} of ${tests.length} pass`;
  return `Tests finished in ${seconds(result.durationMs)}: ${tally}.${describeDropped(result)}`;
}

const count = (value: number, unit: string): string => `${value.toLocaleString('en')} ${unit}${value === 1 ? '' : 's'}`;

/** What the output cap dropped; "at least" when the run was killed before it could report its last output. */
export function describeDropped(result: Pick<RunResult, 'droppedLines' | 'droppedChars' | 'droppedExact'>): string {
  const chars = result.droppedChars ?? 0;
  if (result.droppedLines === 0 && chars === 0) return '';
  const bound = result.droppedExact === false ? 'at least ' : '';
  const what = result.droppedLines > 0 ? `${count(result.droppedLines, 'more output line')}${chars > 0 ? ` (${count(chars, 'character')})` : ''}` : count(chars, 'more output character');
  const primary = result.droppedLines > 0 ? result.droppedLines : chars;
  return ` Output was capped: ${bound}${what} ${primary === 1 ? 'was' : 'were'} dropped to keep the page responsive.`;
}

/** Token usage of a run, from the kit's usage events; undefined when no model was called. */
export function summariseUsage(events: UsageEvent[]): string | undefined {
  if (events.length === 0) return undefined;
  const input = events.reduce((sum, event) => sum + event.inputTokens, 0);
  const output = events.reduce((sum, event) => sum + event.outputTokens, 0);
  const models = [...new Set(events.map((event) => `${event.modelId} (${event.provider})`))].join(', ');
  const calls = `${events.length} model call${events.length === 1 ? '' : 's'}`;
  return `${calls} to ${models}: ${input.toLocaleString('en')} input + ${output.toLocaleString('en')} output tokens.`;
}
