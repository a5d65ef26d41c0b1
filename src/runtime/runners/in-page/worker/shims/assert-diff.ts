// The message of a failed strictEqual or deepStrictEqual, laid out as
// node:assert lays it out: "a !== b" for two short values, else the two values
// one entry a line with "+ actual - expected" marks, unchanged runs of more
// than five lines shortened to "...".
import { inspectExpanded } from './inspect-expanded.ts';

export type DiffOperator = 'strictEqual' | 'deepStrictEqual';

const headings = {
  strictEqual: 'Expected values to be strictly equal:',
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  sameStructure: 'Values have same structure but are not reference-equal:',
};
const marks = '+ actual - expected';
const shortPair = 12;
const caretWidth = 80;
const contextLines = 5;
/** Past these sizes the line diff is not worked out; the two values are shown one after the other. */
const maxDiffLines = 4_000;
const maxEdits = 1_000;

type Edit = { op: 'same' | 'added' | 'removed'; line: string };

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Two one-line values, at least one of them not an object: side by side when short, else stacked with a caret under their first difference. */
function shortDiff(actual: unknown, expected: unknown, shownActual: string, shownExpected: string): { header: string; body: string } {
  const length = shownActual.length + shownExpected.length - (typeof actual === 'string' ? 2 : 0) - (typeof expected === 'string' ? 2 : 0);
  if (length <= shortPair && (actual !== 0 || expected !== 0)) return { header: '', body: `${shownActual} !== ${shownExpected}` };
  let body = `\n+ ${shownActual}\n- ${shownExpected}`;
  if (shownActual.length + shownExpected.length <= caretWidth) {
    const first = [...shownActual].findIndex((char, index) => char !== shownExpected[index]);
    if (first >= 3) body += `\n${' '.repeat(first + 2)}^`;
  }
  return { header: marks, body };
}

/** The shortest edit script between two lists of lines (Myers' algorithm), first edit first. */
export function lineEdits(actual: string[], expected: string[], ignoreTrailingComma: boolean): Edit[] | undefined {
  const same = (a: string, b: string) => a === b || (ignoreTrailingComma && (`${a},` === b || a === `${b},`));
  const [n, m] = [actual.length, expected.length];
  const offset = n + m;
  const frontier = new Int32Array(2 * offset + 2);
  const history: Int32Array[] = [];
  for (let edits = 0; edits <= Math.min(offset, maxEdits); edits++) {
    history.push(frontier.slice());
    for (let diagonal = -edits; diagonal <= edits; diagonal += 2) {
      const fromAbove = diagonal === -edits || (diagonal !== edits && frontier[offset + diagonal - 1]! < frontier[offset + diagonal + 1]!);
      let x = fromAbove ? frontier[offset + diagonal + 1]! : frontier[offset + diagonal - 1]! + 1;
      let y = x - diagonal;
      while (x < n && y < m && same(actual[x]!, expected[y]!)) [x, y] = [x + 1, y + 1];
      frontier[offset + diagonal] = x;
      if (x >= n && y >= m) return walkBack(history, actual, expected, ignoreTrailingComma);
    }
  }
  return undefined;
}

function walkBack(history: Int32Array[], actual: string[], expected: string[], ignoreTrailingComma: boolean): Edit[] {
  const offset = actual.length + expected.length;
  const edits: Edit[] = [];
  let [x, y] = [actual.length, expected.length];
  for (let step = history.length - 1; step >= 0; step--) {
    const frontier = history[step]!;
    const diagonal = x - y;
    const fromAbove = diagonal === -step || (diagonal !== step && frontier[offset + diagonal - 1]! < frontier[offset + diagonal + 1]!);
    const previous = fromAbove ? diagonal + 1 : diagonal - 1;
    const startX = frontier[offset + previous]!;
    const startY = startX - previous;
    while (x > startX && y > startY) {
      const line = actual[x - 1]!;
      // Of two lines that differ by a trailing comma, show the one with it.
      edits.push({ op: 'same', line: ignoreTrailingComma && !line.endsWith(',') ? expected[y - 1]! : line });
      [x, y] = [x - 1, y - 1];
    }
    if (step > 0) edits.push(x > startX ? { op: 'added', line: actual[--x]! } : { op: 'removed', line: expected[--y]! });
  }
  return edits.reverse();
}

/** The edits as lines: "+ " for actual, "- " for expected, unchanged lines indented, long unchanged runs cut. */
function printEdits(edits: Edit[]): { body: string; skipped: boolean } {
  const lines: string[] = [];
  let skipped = false;
  let run: string[] = [];
  const closeRun = () => {
    const hidden = run.length - contextLines;
    if (hidden === 1) lines.push(`  ${run.at(-1)}`);
    else if (hidden === 2) lines.push(`  ${run.at(-2)}`, `  ${run.at(-1)}`);
    else if (hidden >= 3) {
      lines.push('...', `  ${run.at(-1)}`);
      skipped = true;
    }
    run = [];
  };
  for (const { op, line } of edits) {
    if (op === 'same') {
      if (run.length < contextLines) lines.push(`  ${line}`);
      run.push(line);
      continue;
    }
    if (run.length > 0) closeRun();
    lines.push(`${op === 'added' ? '+' : '-'} ${line}`);
  }
  return { body: `\n${lines.join('\n').trimEnd()}`, skipped };
}

/** The message node:assert gives a failed strictEqual or deepStrictEqual; `custom` takes the heading's place. */
export function diffMessage(actual: unknown, expected: unknown, operator: DiffOperator, custom?: string): string {
  const bothObjects = (isObject(actual) && isObject(expected)) || (typeof actual === 'function' && typeof expected === 'function');
  let heading: string = operator === 'strictEqual' && bothObjects ? headings.strictEqualObject : headings[operator];
  const [shownActual, shownExpected] = [inspectExpanded(actual), inspectExpanded(expected)];
  const [actualLines, expectedLines] = [shownActual.split('\n'), shownExpected.split('\n')];
  let header = marks;
  let body: string;
  let skipped = false;
  if (actualLines.length === 1 && expectedLines.length === 1 && !(isObject(actual) && isObject(expected))) {
    ({ header, body } = shortDiff(actual, expected, shownActual, shownExpected));
  } else if (shownActual === shownExpected) {
    heading = headings.sameStructure;
    header = '';
    skipped = actualLines.length > 50;
    body = skipped ? `${actualLines.slice(0, 50).join('\n')}\n...}` : shownActual;
  } else {
    const edits = actualLines.length + expectedLines.length <= maxDiffLines ? lineEdits(actualLines, expectedLines, isObject(actual)) : undefined;
    const all: Edit[] = [...actualLines.map((line): Edit => ({ op: 'added', line })), ...expectedLines.map((line): Edit => ({ op: 'removed', line }))];
    ({ body, skipped } = printEdits(edits ?? all));
  }
  return `${custom ?? heading}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}
