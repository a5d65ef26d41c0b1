// The page's view of the worker's messages. Lab code runs in that worker, so
// every message is untrusted: its shape and types are checked, and the page
// counts what arrives against its own limits. A message that breaks them
// ends the run; the caller then removes the sandbox.
import type { Chart, SourceLocation, TestResult, UsageEvent } from '../../runner.ts';
import type { WorkerMessage } from './protocol.ts';
import { checkChart } from './chart-message.ts';

export interface MessageLimits {
  /** Characters of output the page accepts in one run (the worker caps at the same figure). */
  maxOutputChars: number;
  maxTests: number;
  maxUsageEvents: number;
  maxCharts: number;
  /** Every kind of message together: a backstop for floods the other limits do not name. */
  maxMessages: number;
}

export const defaultMessageLimits = (maxOutputChars: number): MessageLimits => ({ maxOutputChars, maxTests: 10_000, maxUsageEvents: 10_000, maxCharts: 100, maxMessages: 500_000 });

/** A message the page accepts, or why it refuses it (the run is then ended with that reason). */
export type Checked = { ok: true; message: AcceptedMessage } | { ok: false; reason: string };

export type AcceptedMessage =
  | { type: 'out'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'dropped'; lines: number; chars: number }
  | { type: 'test'; result: TestResult }
  | { type: 'compiled-file'; path: string; code: string }
  | { type: 'usage'; event: UsageEvent }
  | { type: 'plot'; chart: Chart }
  | { type: 'end'; exitCode: number; crashed: boolean; outOfMemory: boolean; droppedLines: number; droppedChars: number }
  | { type: 'load'; request: number; ids: string[] }
  | { type: 'load-asset'; request: number; path: string }
  | { type: 'started' };

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const maxNameChars = 2_000;
const maxTestMessageChars = 20_000;
const maxLoadIds = 500;
const maxStackFrames = 20;
const maxPathChars = 500;
const maxCompiledChars = 10_000_000;
const maxFunctionChars = 200;
const isPosition = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= 10_000_000;

/** A place in a lab file: a relative path (no scheme, no "..", no control characters), and a line and column from 1. */
function sourceLocation(value: unknown): SourceLocation | undefined {
  if (!isObject(value) || !isText(value.file, maxPathChars) || !isPosition(value.line) || !isPosition(value.column)) return undefined;
  // eslint-disable-next-line no-control-regex
  if (value.file === '' || /^\/|:|(^|\/)\.\.(\/|$)|[\u0000-\u001f]/.test(value.file)) return undefined;
  if (value.fn !== undefined && !isText(value.fn, maxFunctionChars)) return undefined;
  return { file: value.file, line: value.line, column: value.column, ...(value.fn === undefined ? {} : { fn: value.fn }) };
}

function testResult(value: unknown): TestResult | undefined {
  if (!isObject(value) || !isText(value.name, maxNameChars) || typeof value.passed !== 'boolean') return undefined;
  if (value.message !== undefined && !isText(value.message, maxTestMessageChars)) return undefined;
  if (value.durationMs !== undefined && !(typeof value.durationMs === 'number' && Number.isFinite(value.durationMs))) return undefined;
  let stack: SourceLocation[] | undefined;
  if (value.stack !== undefined) {
    if (!Array.isArray(value.stack) || value.stack.length > maxStackFrames) return undefined;
    stack = value.stack.map(sourceLocation).filter((location) => location !== undefined);
    if (stack.length !== value.stack.length) return undefined;
  }
  return {
    name: value.name,
    passed: value.passed,
    ...(value.message === undefined ? {} : { message: value.message }),
    ...(stack === undefined ? {} : { stack }),
    ...(value.durationMs === undefined ? {} : { durationMs: value.durationMs }),
  };
}

function usageEvent(value: unknown): UsageEvent | undefined {
  if (!isObject(value) || !isText(value.provider, 200) || !isText(value.modelId, 200) || !isCount(value.inputTokens) || !isCount(value.outputTokens)) return undefined;
  return { provider: value.provider, modelId: value.modelId, inputTokens: value.inputTokens, outputTokens: value.outputTokens };
}

/** Checks one run's messages as they arrive, keeping the counts its limits need. */
export class MessageGuard {
  private readonly limits: MessageLimits;
  private messages = 0;
  private outputChars = 0;
  private tests = 0;
  private usageEvents = 0;
  private charts = 0;

  constructor(limits: MessageLimits) {
    this.limits = limits;
  }

  check(data: unknown): Checked {
    if (++this.messages > this.limits.maxMessages) return { ok: false, reason: `it sent the page too many messages (more than ${this.limits.maxMessages.toLocaleString('en')})` };
    const message = this.accept(data as WorkerMessage);
    if (!message) return { ok: false, reason: 'its sandbox sent a message the page does not accept' };
    if (message.type === 'out' && (this.outputChars += message.text.length) > this.limits.maxOutputChars) {
      return { ok: false, reason: `it sent more output than the page accepts (${this.limits.maxOutputChars.toLocaleString('en')} characters)` };
    }
    if (message.type === 'test' && ++this.tests > this.limits.maxTests) return { ok: false, reason: `it sent too many messages: more than ${this.limits.maxTests.toLocaleString('en')} test results` };
    if (message.type === 'usage' && ++this.usageEvents > this.limits.maxUsageEvents) return { ok: false, reason: `it sent too many messages: more than ${this.limits.maxUsageEvents.toLocaleString('en')} usage reports` };
    if (message.type === 'plot' && ++this.charts > this.limits.maxCharts) return { ok: false, reason: `it sent too many messages: more than ${this.limits.maxCharts.toLocaleString('en')} charts` };
    return { ok: true, message };
  }

  private accept(data: unknown): AcceptedMessage | undefined {
    if (!isObject(data)) return undefined;
    switch (data.type) {
      case 'out':
        return (data.stream === 'stdout' || data.stream === 'stderr') && typeof data.text === 'string' ? { type: 'out', stream: data.stream, text: data.text } : undefined;
      case 'dropped':
        return isCount(data.lines) && isCount(data.chars) ? { type: 'dropped', lines: data.lines, chars: data.chars } : undefined;
      case 'test': {
        const result = testResult(data.result);
        return result && { type: 'test', result };
      }
      case 'usage': {
        const event = usageEvent(data.event);
        return event && { type: 'usage', event };
      }
      case 'plot': {
        const checked = checkChart(data.chart);
        return 'chart' in checked ? { type: 'plot', chart: checked.chart } : undefined;
      }
      case 'end':
        // The worker's list of tests is not used: the page counts the results it was sent as they arrived.
        return Number.isSafeInteger(data.exitCode) && typeof data.crashed === 'boolean' && isCount(data.droppedLines) && isCount(data.droppedChars)
          ? { type: 'end', exitCode: data.exitCode as number, crashed: data.crashed, outOfMemory: data.outOfMemory === true, droppedLines: data.droppedLines, droppedChars: data.droppedChars }
          : undefined;
      case 'load':
        return isCount(data.request) && Array.isArray(data.ids) && data.ids.length <= maxLoadIds && data.ids.every((id) => isText(id, 200))
          ? { type: 'load', request: data.request, ids: data.ids as string[] }
          : undefined;
      case 'started':
        return { type: 'started' };
      case 'compiled-file':
        return isText(data.path, maxPathChars) && isText(data.code, maxCompiledChars) ? { type: 'compiled-file', path: data.path, code: data.code } : undefined;
      case 'load-asset':
        return isCount(data.request) && isText(data.path, 500) ? { type: 'load-asset', request: data.request, path: data.path } : undefined;
      default:
        return undefined;
    }
  }
}
