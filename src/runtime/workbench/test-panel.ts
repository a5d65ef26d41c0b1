import type { TestResult } from '../runner.ts';
import { h } from './dom.ts';
import { nowhere, stackList, type LocationTarget } from './location-links.ts';

const diffMarks = '+ actual - expected';

/** A failure's message as node --test prints it; after "+ actual - expected", the lines of each side marked for styling. */
function failureMessage(message: string): HTMLElement {
  const lines = message.trimEnd().split('\n');
  const marksAt = lines.indexOf(diffMarks);
  const block = h('pre', { class: 'wb-test-message' });
  lines.forEach((line, index) => {
    const side = index > marksAt && marksAt >= 0 ? (line.startsWith('+ ') ? 'wb-diff-actual' : line.startsWith('- ') ? 'wb-diff-expected' : undefined) : undefined;
    const text = `${line}${index < lines.length - 1 ? '\n' : ''}`;
    block.append(side ? h('span', { class: side }, text) : text);
  });
  return block;
}

/** The checklist of a test run: each test's name, pass or fail, and for a failure Node's message and where it failed. */
export class TestPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly summary: HTMLElement;
  private readonly locations: LocationTarget;
  private readonly annotate: ((result: TestResult) => Node | undefined) | undefined;

  /** `annotate` adds a note under a test, such as the task a failing test checks; `locations` opens the places a failure names. */
  constructor(annotate?: (result: TestResult) => Node | undefined, locations: LocationTarget = nowhere) {
    this.annotate = annotate;
    this.locations = locations;
    this.summary = h('p', { class: 'wb-tests-summary', 'aria-live': 'polite' });
    this.list = h('ul', { class: 'wb-tests-list', 'aria-label': 'Test results' });
    this.element = h('div', { class: 'wb-tests', hidden: true }, this.summary, this.list);
  }

  start(): void {
    this.element.hidden = false;
    this.element.replaceChildren(this.summary, this.list);
    this.list.replaceChildren();
    this.summary.textContent = 'Running the tests…';
  }

  add(result: TestResult): void {
    const failed = !result.passed;
    const item = h(
      'li',
      { class: result.passed ? 'wb-test-pass' : 'wb-test-fail' },
      h('span', { class: 'wb-test-mark', 'aria-hidden': 'true' }, result.passed ? '✓' : '✗'),
      h('span', { class: 'wb-test-name' }, `${result.passed ? 'Passed' : 'Failed'}: `, h('strong', {}, result.name)),
      failed && result.message ? failureMessage(result.message) : undefined,
      failed && result.stack?.length ? stackList(result.stack, this.locations) : undefined,
      this.annotate?.(result),
    );
    this.list.append(item);
  }

  /** Ends the run with its tally; `overview` (such as which tasks pass) goes under it. */
  finish(results: TestResult[], note?: string, overview?: Node): void {
    if (overview) this.summary.after(overview);
    const passed = results.filter((result) => result.passed).length;
    this.summary.textContent =
      results.length === 0 ? `No test results${note ? ` (${note})` : ''}.` : `${passed} of ${results.length} tests pass${passed === results.length && !note ? ' — well done.' : '.'}${note ? ` ${note}` : ''}`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
