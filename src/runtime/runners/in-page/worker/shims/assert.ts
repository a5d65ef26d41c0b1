// node:assert and node:assert/strict for the in-page runner, failing with the
// messages Node 24 writes: the learner's own message alone where Node shows it
// alone, the failed expression of a bare assert.ok, and a "+ actual - expected"
// diff for strictEqual and deepStrictEqual (see assert-diff.ts).
import { inspect } from './inspect.ts';
import { inspectExpanded } from './inspect-expanded.ts';
import { deepLooseEqual, deepStrictEqual } from './deep-equal.ts';
import { diffMessage } from './assert-diff.ts';

type Message = string | Error | undefined;

export class AssertionError extends Error {
  readonly actual: unknown;
  readonly expected: unknown;
  readonly operator: string;
  readonly code = 'ERR_ASSERTION';
  readonly generatedMessage: boolean;

  constructor(options: { message: string; actual: unknown; expected: unknown; operator: string; generatedMessage: boolean }) {
    super(options.message);
    this.name = 'AssertionError';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = options.generatedMessage;
  }

  override toString(): string {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

/** Throws the learner's Error as it is, else an AssertionError with their text or, without one, the message Node writes. */
function fail(actual: unknown, expected: unknown, operator: string, generated: () => string, message?: Message): never {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message === undefined ? generated() : String(message), actual, expected, operator, generatedMessage: message === undefined });
}

/** strictEqual and deepStrictEqual keep their diff under the learner's message, as in Node 24. */
function failWithDiff(actual: unknown, expected: unknown, operator: 'strictEqual' | 'deepStrictEqual', message?: Message): never {
  if (message instanceof Error) throw message;
  const text = diffMessage(actual, expected, operator, message === undefined ? undefined : String(message));
  throw new AssertionError({ message: text, actual, expected, operator, generatedMessage: message === undefined });
}

/** The heading Node writes for notStrictEqual and notDeepStrictEqual, then the one value, shortened past 50 lines. */
function notEqualMessage(heading: string, actual: unknown): string {
  const lines = inspectExpanded(actual).split('\n');
  if (lines.length > 50) lines.splice(46, Infinity, '...');
  if (lines.length === 1) return `${heading}${lines[0]!.length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${heading}\n\n${lines.join('\n')}\n`;
}

/** Finds the source of a failed assert.ok call; the runner sets it, as it can read the learner's files. */
let callSource: (stack: string) => string | undefined = () => undefined;

/** Lets assert.ok name the expression that failed, as Node does: `find` gets the stack at the call and returns the call's source text. */
export function setCallSource(find: (stack: string) => string | undefined): void {
  callSource = find;
}

function okMessage(value: unknown): string {
  const expression = callSource(new Error().stack ?? '');
  return expression ? `The expression evaluated to a falsy value:\n\n  ${expression}\n` : `${inspectExpanded(value)} == true`;
}

/** "Missing expected exception (TypeError): message", as Node says it. */
function missing(what: string, expected: unknown, message?: string): string {
  const name = typeof expected === 'function' && expected.name ? ` (${expected.name})` : '';
  return `Missing expected ${what}${name}${message ? `: ${message}` : '.'}`;
}

const unwanted = (what: string, error: unknown, message?: string): string =>
  `Got unwanted ${what}${message ? `: ${message}` : '.'}\nActual message: "${error instanceof Error ? error.message : String(error)}"`;

type ErrorMatcher = RegExp | ((error: unknown) => boolean) | (new (...args: any[]) => unknown) | Record<string, unknown>;

function matchesError(error: unknown, expected: ErrorMatcher | undefined): boolean {
  if (expected === undefined) return true;
  if (expected instanceof RegExp) return expected.test(String(error instanceof Error ? error.message : error)) || expected.test(String(error));
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && error instanceof (expected as new () => unknown)) return true;
    if (Error.isPrototypeOf(expected) || expected === Error) return false;
    return (expected as (error: unknown) => boolean)(error) === true;
  }
  return Object.entries(expected).every(([key, value]) => {
    const actual = (error as Record<string, unknown>)?.[key];
    return value instanceof RegExp && typeof actual === 'string' ? value.test(actual) : deepStrictEqual(actual, value);
  });
}

function ok(...args: [value?: unknown, message?: Message]): void {
  const [value, message] = args;
  if (args.length === 0) fail(undefined, true, '==', () => 'No value argument passed to `assert.ok()`');
  if (!value) fail(value, true, '==', () => okMessage(value), message);
}
const strictAssert: (value: unknown, message?: Message) => asserts value = ok;

export const assertions = {
  ok: strictAssert,
  equal(actual: unknown, expected: unknown, message?: Message) {
    if (!Object.is(actual, expected)) failWithDiff(actual, expected, 'strictEqual', message);
  },
  notEqual(actual: unknown, expected: unknown, message?: Message) {
    const heading = typeof actual === 'object' && actual !== null ? 'Expected "actual" not to be reference-equal to "expected":' : 'Expected "actual" to be strictly unequal to:';
    if (Object.is(actual, expected)) fail(actual, expected, 'notStrictEqual', () => notEqualMessage(heading, actual), message);
  },
  deepEqual(actual: unknown, expected: unknown, message?: Message) {
    if (!deepStrictEqual(actual, expected)) failWithDiff(actual, expected, 'deepStrictEqual', message);
  },
  notDeepEqual(actual: unknown, expected: unknown, message?: Message) {
    if (deepStrictEqual(actual, expected)) fail(actual, expected, 'notDeepStrictEqual', () => notEqualMessage('Expected "actual" not to be strictly deep-equal to:', actual), message);
  },
  match(actual: string, pattern: RegExp, message?: Message) {
    if (typeof actual !== 'string' || !pattern.test(actual)) fail(actual, pattern, 'match', () => `The input did not match the regular expression ${pattern}. Input:\n\n${show(actual)}\n`, message);
  },
  doesNotMatch(actual: string, pattern: RegExp, message?: Message) {
    if (typeof actual === 'string' && pattern.test(actual)) fail(actual, pattern, 'doesNotMatch', () => `The input was expected to not match the regular expression ${pattern}. Input:\n\n${show(actual)}\n`, message);
  },
  throws(fn: () => unknown, expected?: ErrorMatcher | string, message?: string) {
    try {
      fn();
    } catch (error) {
      if (typeof expected === 'string' || matchesError(error, expected)) return;
      throw error;
    }
    const text = missing('exception', expected, typeof expected === 'string' ? expected : message);
    throw new AssertionError({ message: text, actual: undefined, expected, operator: 'throws', generatedMessage: false });
  },
  async rejects(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), expected?: ErrorMatcher | string, message?: string) {
    try {
      await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
    } catch (error) {
      if (typeof expected === 'string' || matchesError(error, expected)) return;
      throw error;
    }
    const text = missing('rejection', expected, typeof expected === 'string' ? expected : message);
    throw new AssertionError({ message: text, actual: undefined, expected, operator: 'rejects', generatedMessage: false });
  },
  doesNotThrow(fn: () => unknown, message?: string) {
    try {
      fn();
    } catch (error) {
      throw new AssertionError({ message: unwanted('exception', error, message), actual: error, expected: undefined, operator: 'doesNotThrow', generatedMessage: message === undefined });
    }
  },
  async doesNotReject(promise: Promise<unknown> | (() => Promise<unknown>), message?: string) {
    try {
      await (typeof promise === 'function' ? promise() : promise);
    } catch (error) {
      throw new AssertionError({ message: unwanted('rejection', error, message), actual: error, expected: undefined, operator: 'doesNotReject', generatedMessage: message === undefined });
    }
  },
  fail(message: string | Error = 'Failed'): never {
    if (message instanceof Error) throw message;
    throw new AssertionError({ message, actual: undefined, expected: undefined, operator: 'fail', generatedMessage: message === 'Failed' });
  },
  AssertionError,
};

const show = (value: unknown): string => inspect(value, { depth: 4 });

/** node:assert/strict: a function (assert(value)) with the assertions as properties. */
export const strictModule = Object.assign((...args: [value?: unknown, message?: Message]) => ok(...args), assertions, {
  strictEqual: assertions.equal,
  notStrictEqual: assertions.notEqual,
  deepStrictEqual: assertions.deepEqual,
  notDeepStrictEqual: assertions.notDeepEqual,
});

/** node:assert: the legacy loose equal/deepEqual, with strict available as .strict. */
export const assertModule = Object.assign((...args: [value?: unknown, message?: Message]) => ok(...args), strictModule, {
  equal(actual: unknown, expected: unknown, message?: Message) {
    // eslint-disable-next-line eqeqeq
    if (actual != expected) fail(actual, expected, '==', () => `${inspectExpanded(actual)} == ${inspectExpanded(expected)}`, message);
  },
  deepEqual(actual: unknown, expected: unknown, message?: Message) {
    if (!deepLooseEqual(actual, expected)) {
      fail(actual, expected, 'deepEqual', () => `Expected values to be loosely deep-equal:\n\n${inspectExpanded(actual)}\n\nshould loosely deep-equal\n\n${inspectExpanded(expected)}`, message);
    }
  },
  strict: strictModule,
});
