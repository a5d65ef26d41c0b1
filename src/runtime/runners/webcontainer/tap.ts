import type { TestResult } from '../../runner.ts';
import { stripAnsi } from './ansi.ts';

// node:test's TAP reporter: "ok 1 - name" / "not ok 2 - name", indented by
// four spaces per nesting level, each followed by a YAML block ("  ---" … "  ...")
// that holds the failure's message. A suite is reported after its children.
// What a test file prints (console.log, console.error, a crash's stack trace)
// comes as "# " comment lines, escaped; anything else is not TAP at all (npm's
// own errors, say). Both are handed back as output, so the learner sees them.

interface Pending {
  depth: number;
  result: TestResult;
}

const resultLine = /^(\s*)(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO).*)?$/;
const subtestLine = /^(\s*)# Subtest: (.*)$/;
const structureLine = /^\s*(TAP version \d+|\d+\.\.\d+(\s+#.*)?)$/;
// The run's closing counts, which the checklist already shows.
const summaryLine = /^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) [\d.]+$/;
const commentLine = /^\s*# ?(.*)$/;
// The TAP reporter escapes "\" and "#" in printed text.
const unescapeComment = (text: string): string => text.replace(/\\([\\#])/g, '$1');

/** Reads TAP text into one TestResult per leaf test, named "suite › test". */
export class TapParser {
  private buffer = '';
  private readonly stack: string[] = [];
  private pending: Pending | undefined;
  private inYaml = false;
  /** The previous line was a result, so a "---" opens its YAML block (kept for leaves, skipped for suites). */
  private afterResult = false;
  private yaml: string[] = [];
  private readonly leaves = new Set<string>();
  readonly results: TestResult[] = [];
  private readonly onResult: (result: TestResult) => void;
  private readonly onOutput: (text: string) => void;

  /** onOutput gets, line by line, everything that is not TAP: what the tests printed, and any error around them. */
  constructor(onResult: (result: TestResult) => void = () => {}, onOutput: (text: string) => void = () => {}) {
    this.onResult = onResult;
    this.onOutput = onOutput;
  }

  push(text: string): void {
    this.buffer += text;
    const lines = this.buffer.split(/\r?\n/);
    this.buffer = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  end(): TestResult[] {
    if (this.buffer) this.line(this.buffer);
    this.buffer = '';
    this.flush();
    return this.results;
  }

  private line(text: string): void {
    const raw = text.replace(/\r+$/, '');
    // Strip the ANSI codes a terminal adds before reading the structure.
    const line = stripAnsi(raw);
    const afterResult = this.afterResult;
    this.afterResult = false;
    if (this.inYaml) {
      if (/^\s*\.\.\.\s*$/.test(line)) {
        this.inYaml = false;
        this.applyYaml();
      } else this.yaml.push(line);
      return;
    }
    if (/^\s*---\s*$/.test(line) && afterResult) {
      this.inYaml = true;
      this.yaml = [];
      return;
    }
    const subtest = subtestLine.exec(line);
    if (subtest) {
      this.flush();
      const depth = (subtest[1] ?? '').length / 4;
      this.stack.length = depth;
      this.stack[depth] = subtest[2] ?? '';
      return;
    }
    const result = resultLine.exec(line);
    if (result) {
      this.flush();
      this.afterResult = true;
      const depth = (result[1] ?? '').length / 4;
      const name = [...this.stack.slice(0, depth), result[3] ?? ''].join(' › ');
      const hasChildren = [...this.leaves].some((leaf) => leaf.startsWith(`${name} › `));
      if (hasChildren || result[4] === 'SKIP' || result[4] === 'TODO') return;
      this.pending = { depth, result: { name, passed: result[2] === 'ok' } };
      return;
    }
    if (structureLine.test(line) || summaryLine.test(line) || line.trim() === '') return;
    const comment = commentLine.exec(raw) ?? commentLine.exec(line);
    this.onOutput(`${comment ? unescapeComment(comment[1] ?? '') : raw}\n`);
  }

  private applyYaml(): void {
    if (!this.pending) return;
    const text = this.yaml.join('\n');
    const duration = /duration_ms:\s*([\d.]+)/.exec(text);
    if (duration) this.pending.result.durationMs = Number(duration[1]);
    if (!this.pending.result.passed) {
      const message = readYamlString(this.yaml, 'error');
      if (message) this.pending.result.message = message;
    }
    this.flush();
  }

  private flush(): void {
    if (!this.pending) return;
    const { result } = this.pending;
    this.pending = undefined;
    this.leaves.add(result.name);
    this.results.push(result);
    this.onResult(result);
  }
}

/** A YAML scalar, quoted or block ("|-"), as node:test writes them. */
function readYamlString(lines: string[], key: string): string | undefined {
  const index = lines.findIndex((line) => new RegExp(`^\\s*${key}:`).test(line));
  if (index < 0) return undefined;
  const line = lines[index] ?? '';
  const indent = line.length - line.trimStart().length;
  const value = line.slice(line.indexOf(':') + 1).trim();
  if (value.startsWith('|') || value.startsWith('>')) {
    const block: string[] = [];
    for (const next of lines.slice(index + 1)) {
      if (next.trim() !== '' && next.length - next.trimStart().length <= indent) break;
      block.push(next.slice(indent + 2).trimEnd());
    }
    return block.join('\n').trim();
  }
  if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  if (value.startsWith('"')) return JSON.parse(value) as string;
  return value;
}
