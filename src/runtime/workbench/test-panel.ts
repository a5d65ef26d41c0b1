import type { TestResult } from '../runner.ts';
import { h } from './dom.ts';

/** The checklist of a test run: each test's name, pass or fail, and the assertion message. */
export class TestPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly summary: HTMLElement;

  private readonly annotate: ((result: TestResult) => Node | undefined) | undefined;

  /** `annotate` adds a note under a test, such as the task a failing test checks. */
  constructor(annotate?: (result: TestResult) => Node | undefined) {
    this.annotate = annotate;
    this.summary = h('p', { class: 'wb-tests-summary', 'aria-live': 'polite' });
    this.list = h('ul', { class: 'wb-tests-list', 'aria-label': 'Test results' });
    this.element = h('div', { class: 'wb-tests', hidden: true }, this.summary, this.list);
  }

  start(): void {
    this.element.hidden = false;
    this.list.replaceChildren();
    this.summary.textContent = 'Running the tests…';
  }

  add(result: TestResult): void {
    const item = h(
      'li',
      { class: result.passed ? 'wb-test-pass' : 'wb-test-fail' },
      h('span', { class: 'wb-test-mark', 'aria-hidden': 'true' }, result.passed ? '✓' : '✗'),
      h('span', { class: 'wb-test-name' }, `${result.passed ? 'Passed' : 'Failed'}: `, h('strong', {}, result.name)),
      !result.passed && result.message ? h('pre', { class: 'wb-test-message' }, result.message) : undefined,
      this.annotate?.(result),
    );
    this.list.append(item);
  }

  finish(results: TestResult[], note?: string): void {
    const passed = results.filter((result) => result.passed).length;
    this.summary.textContent =
      results.length === 0 ? `No test results${note ? ` (${note})` : ''}.` : `${passed} of ${results.length} tests pass${passed === results.length && !note ? ' — well done.' : '.'}${note ? ` ${note}` : ''}`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
