// node:test for the in-page runner: test/it/describe/suite, hooks, subtests,
// skip and todo. Tests register while a test file's top-level code runs, then
// run in order; each finished test is reported as a structured result.
import type { SourceLocation } from '../../../../runner.ts';
import { inspect } from './inspect.ts';

export interface TestOutcome {
  name: string;
  passed: boolean;
  message?: string;
  /** Where it failed in the lab's files, innermost first: the error's frames, else where the test was declared. */
  stack?: SourceLocation[];
  durationMs: number;
}

export interface NodeTestOptions {
  /** The lab frames of a stack (see worker/source-positions.ts). */
  locate?(error: unknown): SourceLocation[];
}

type TestFn = (context: TestContext) => unknown;
type HookFn = () => unknown;
interface TestOptions {
  skip?: boolean | string;
  todo?: boolean | string;
  only?: boolean;
  timeout?: number;
}

interface Suite {
  name: string;
  parent: Suite | undefined;
  items: Array<{ kind: 'test'; name: string; fn: TestFn | undefined; options: TestOptions; declared: Error } | { kind: 'suite'; suite: Suite }>;
  before: HookFn[];
  after: HookFn[];
  beforeEach: HookFn[];
  afterEach: HookFn[];
  skip: boolean;
}

export interface TestContext {
  name: string;
  signal: AbortSignal;
  test(name: string, optionsOrFn?: TestOptions | TestFn, fn?: TestFn): Promise<void>;
  skip(message?: string): void;
  todo(message?: string): void;
  diagnostic(message: string): void;
  plan(count: number): void;
}

const newSuite = (name: string, parent: Suite | undefined): Suite => ({ name, parent, items: [], before: [], after: [], beforeEach: [], afterEach: [], skip: false });

/** The failure as Node's reporter heads it: an assertion's message alone, another error with its name, anything else inspected. */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.name === 'AssertionError' ? error.message.trimEnd() : `${error.name}: ${error.message}`;
  return inspect(error);
}

class SkipSignal {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** A fresh node:test module per test file, reporting to `report`. */
export function createNodeTest(report: (outcome: TestOutcome) => void, { locate = () => [] }: NodeTestOptions = {}) {
  const root = newSuite('', undefined);
  let current = root;
  const outcomes: TestOutcome[] = [];

  const parseArgs = (optionsOrFn?: TestOptions | TestFn, maybeFn?: TestFn): [TestOptions, TestFn | undefined] =>
    typeof optionsOrFn === 'function' ? [{}, optionsOrFn] : [optionsOrFn ?? {}, maybeFn];

  const fullName = (suite: Suite, name: string): string => {
    const names: string[] = [name];
    for (let at: Suite | undefined = suite; at && at !== root; at = at.parent) names.unshift(at.name);
    return names.join(' › ');
  };

  const hooksOf = (suite: Suite, kind: 'beforeEach' | 'afterEach'): HookFn[] => {
    const chain: Suite[] = [];
    for (let at: Suite | undefined = suite; at; at = at.parent) chain.unshift(at);
    const hooks = chain.flatMap((at) => at[kind]);
    return kind === 'afterEach' ? hooks.reverse() : hooks;
  };

  function record(name: string, passed: boolean, started: number, failure?: { message: string; error?: unknown; declared?: Error }): void {
    const outcome: TestOutcome = { name, passed, durationMs: performance.now() - started };
    if (failure) {
      const stack = failure.error === undefined ? [] : locate(failure.error);
      if (stack.length === 0 && failure.declared) stack.push(...locate(failure.declared).slice(0, 1));
      Object.assign(outcome, { message: failure.message }, stack.length > 0 ? { stack } : {});
    }
    outcomes.push(outcome);
    report(outcome);
  }

  async function runTest(suite: Suite, name: string, fn: TestFn | undefined, options: TestOptions, declared = new Error()): Promise<void> {
    const started = performance.now();
    const label = fullName(suite, name);
    if (options.skip || options.todo || suite.skip || !fn) return;
    const controller = new AbortController();
    let subtestFailed = false;
    const context: TestContext = {
      name,
      signal: controller.signal,
      test: async (subName, optionsOrFn, maybeFn) => {
        const [subOptions, subFn] = parseArgs(optionsOrFn, maybeFn);
        const before = outcomes.length;
        await runTest(newSuite(label, root), subName, subFn, subOptions, new Error());
        if (outcomes.slice(before).some((outcome) => !outcome.passed)) subtestFailed = true;
      },
      skip: (message) => {
        throw new SkipSignal(message ?? '');
      },
      todo: () => {},
      diagnostic: () => {},
      plan: () => {},
    };
    try {
      for (const hook of hooksOf(suite, 'beforeEach')) await hook();
      await fn(context);
      for (const hook of hooksOf(suite, 'afterEach')) await hook();
      if (subtestFailed) record(label, false, started, { message: 'a subtest failed', declared });
      else record(label, true, started);
    } catch (error) {
      if (error instanceof SkipSignal) return;
      record(label, false, started, { message: describeError(error), error, declared });
    } finally {
      controller.abort();
    }
  }

  async function runSuite(suite: Suite): Promise<void> {
    try {
      for (const hook of suite.before) await hook();
    } catch (error) {
      record(fullName(suite, 'before'), false, performance.now(), { message: describeError(error), error });
      return;
    }
    for (const item of suite.items) {
      if (item.kind === 'test') await runTest(suite, item.name, item.fn, item.options, item.declared);
      else await runSuite(item.suite);
    }
    for (const hook of suite.after) await hook();
  }

  function test(name: string, optionsOrFn?: TestOptions | TestFn, maybeFn?: TestFn): void {
    const [options, fn] = parseArgs(optionsOrFn, maybeFn);
    // Its stack says where the test was declared, for a failure whose error has no place in the lab's files.
    current.items.push({ kind: 'test', name, fn, options, declared: new Error() });
  }

  function describe(name: string, optionsOrFn?: TestOptions | (() => void), maybeFn?: () => void): void {
    const [options, fn] = typeof optionsOrFn === 'function' ? [{} as TestOptions, optionsOrFn] : [optionsOrFn ?? {}, maybeFn];
    const suite = newSuite(name, current);
    suite.skip = Boolean(options.skip || options.todo);
    current.items.push({ kind: 'suite', suite });
    const parent = current;
    current = suite;
    try {
      fn?.();
    } finally {
      current = parent;
    }
  }

  const withVariants = <T extends (...args: any[]) => void>(base: T) =>
    Object.assign(base, {
      skip: (name: string, ...rest: unknown[]) => base(name, { skip: true }, ...(rest.filter((arg) => typeof arg === 'function') as [])),
      todo: (name: string, ...rest: unknown[]) => base(name, { todo: true }, ...(rest.filter((arg) => typeof arg === 'function') as [])),
      only: base,
    });

  const hook = (kind: 'before' | 'after' | 'beforeEach' | 'afterEach') => (fn: HookFn) => void current[kind].push(fn);
  const mockFn = <A extends unknown[], R>(implementation?: (...args: A) => R) => {
    const calls: Array<{ arguments: A; result: R | undefined }> = [];
    const mocked = (...args: A) => {
      const result = implementation?.(...args);
      calls.push({ arguments: args, result });
      return result;
    };
    return Object.assign(mocked, { mock: { calls, callCount: () => calls.length } });
  };

  const testFn = withVariants(test);
  const module = {
    test: testFn,
    it: testFn,
    describe: withVariants(describe),
    suite: withVariants(describe),
    before: hook('before'),
    after: hook('after'),
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
    mock: { fn: mockFn },
  };
  return {
    module: Object.assign(testFn, module),
    /** Runs everything registered so far; resolves with every outcome. */
    run: async (): Promise<TestOutcome[]> => {
      await runSuite(root);
      return outcomes;
    },
  };
}
