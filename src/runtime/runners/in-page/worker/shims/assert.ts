import { inspect } from './inspect.ts';
import { deepLooseEqual, deepStrictEqual } from './deep-equal.ts';

export class AssertionError extends Error {
  readonly actual: unknown;
  readonly expected: unknown;
  readonly operator: string;
  readonly code = 'ERR_ASSERTION';
  readonly generatedMessage: boolean;

  constructor(options: { message?: string | Error | undefined; actual: unknown; expected: unknown; operator: string; generated: string }) {
    super(options.message instanceof Error ? options.message.message : (options.message ?? options.generated));
    this.name = 'AssertionError';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = options.message === undefined;
  }
}

const show = (value: unknown): string => inspect(value, { depth: 4 });

function fail(actual: unknown, expected: unknown, operator: string, generated: string, message?: string | Error): never {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message === undefined ? generated : `${message}\n\n${generated}`, actual, expected, operator, generated });
}

function diff(actual: unknown, expected: unknown): string {
  const a = show(actual).split('\n');
  const e = show(expected).split('\n');
  if (a.length === 1 && e.length === 1) return `${a[0]} !== ${e[0]}`;
  return `+ actual - expected\n\n${a.map((line) => `+ ${line}`).join('\n')}\n${e.map((line) => `- ${line}`).join('\n')}`;
}

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

function strictAssert(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(value, true, '==', `The expression evaluated to a falsy value:\n\n  assert.ok(${show(value)})`, message);
}

export const assertions = {
  ok: strictAssert,
  equal(actual: unknown, expected: unknown, message?: string | Error) {
    if (!Object.is(actual, expected)) fail(actual, expected, 'strictEqual', `Expected values to be strictly equal:\n\n${diff(actual, expected)}\n`, message);
  },
  notEqual(actual: unknown, expected: unknown, message?: string | Error) {
    if (Object.is(actual, expected)) fail(actual, expected, 'notStrictEqual', `Expected "actual" to be strictly unequal to: ${show(expected)}`, message);
  },
  deepEqual(actual: unknown, expected: unknown, message?: string | Error) {
    if (!deepStrictEqual(actual, expected)) fail(actual, expected, 'deepStrictEqual', `Expected values to be strictly deep-equal:\n${diff(actual, expected)}\n`, message);
  },
  notDeepEqual(actual: unknown, expected: unknown, message?: string | Error) {
    if (deepStrictEqual(actual, expected)) fail(actual, expected, 'notDeepStrictEqual', `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, message);
  },
  match(actual: string, pattern: RegExp, message?: string | Error) {
    if (typeof actual !== 'string' || !pattern.test(actual)) fail(actual, pattern, 'match', `The input did not match the regular expression ${pattern}. Input:\n\n${show(actual)}\n`, message);
  },
  doesNotMatch(actual: string, pattern: RegExp, message?: string | Error) {
    if (typeof actual === 'string' && pattern.test(actual)) fail(actual, pattern, 'doesNotMatch', `The input was expected to not match the regular expression ${pattern}. Input:\n\n${show(actual)}\n`, message);
  },
  throws(fn: () => unknown, expected?: ErrorMatcher | string, message?: string) {
    try {
      fn();
    } catch (error) {
      if (typeof expected === 'string' || matchesError(error, expected)) return;
      throw error;
    }
    fail(undefined, expected, 'throws', 'Missing expected exception.', typeof expected === 'string' ? expected : message);
  },
  async rejects(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), expected?: ErrorMatcher | string, message?: string) {
    try {
      await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
    } catch (error) {
      if (typeof expected === 'string' || matchesError(error, expected)) return;
      throw error;
    }
    fail(undefined, expected, 'rejects', 'Missing expected rejection.', typeof expected === 'string' ? expected : message);
  },
  doesNotThrow(fn: () => unknown, message?: string) {
    try {
      fn();
    } catch (error) {
      fail(error, undefined, 'doesNotThrow', `Got unwanted exception.\nActual message: "${error instanceof Error ? error.message : String(error)}"`, message);
    }
  },
  async doesNotReject(promise: Promise<unknown>, message?: string) {
    try {
      await promise;
    } catch (error) {
      fail(error, undefined, 'doesNotReject', `Got unwanted rejection.\nActual message: "${error instanceof Error ? error.message : String(error)}"`, message);
    }
  },
  fail(message: string | Error = 'Failed'): never {
    if (message instanceof Error) throw message;
    throw new AssertionError({ message, actual: undefined, expected: undefined, operator: 'fail', generated: message });
  },
  AssertionError,
};

/** node:assert/strict: a function (assert(value)) with the assertions as properties. */
export const strictModule = Object.assign((value: unknown, message?: string | Error) => strictAssert(value, message), assertions, {
  strictEqual: assertions.equal,
  notStrictEqual: assertions.notEqual,
  deepStrictEqual: assertions.deepEqual,
  notDeepStrictEqual: assertions.notDeepEqual,
});

/** node:assert: the legacy loose equal/deepEqual, with strict available as .strict. */
export const assertModule = Object.assign((value: unknown, message?: string | Error) => strictAssert(value, message), strictModule, {
  equal(actual: unknown, expected: unknown, message?: string | Error) {
    // eslint-disable-next-line eqeqeq
    if (actual != expected) fail(actual, expected, '==', `${show(actual)} == ${show(expected)}`, message);
  },
  deepEqual(actual: unknown, expected: unknown, message?: string | Error) {
    if (!deepLooseEqual(actual, expected)) fail(actual, expected, 'deepEqual', `Expected values to be loosely deep-equal:\n\n${show(actual)}\n\nshould loosely deep-equal\n\n${show(expected)}`, message);
  },
  strict: strictModule,
});
