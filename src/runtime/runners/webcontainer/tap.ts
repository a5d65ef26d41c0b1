import type { TestResult } from '../../runner.ts';

// node:test's TAP reporter: "ok 1 - name" / "not ok 2 - name", indented by
// four spaces per nesting level, each followed by a YAML block ("  ---" … "  ...")
// that holds the failure's message. A suite is reported after its children.

interface Pending {
  depth: number;
  result: TestResult;
}

const resultLine = /^(\s*)(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO).*)?$/;
const subtestLine = /^(\s*)# Subtest: (.*)$/;

/** Reads TAP text into one TestResult per leaf test, named "suite › test". */
export class TapParser {
  private buffer = '';
  private readonly stack: string[] = [];
  private pending: Pending | undefined;
  private inYaml = false;
  private yaml: string[] = [];
  private readonly leaves = new Set<string>();
  readonly results: TestResult[] = [];
  private readonly onResult: (result: TestResult) => void;

  constructor(onResult: (result: TestResult) => void = () => {}) {
    this.onResult = onResult;
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

  private line(raw: string): void {
    // Strip ANSI colour codes some environments add.
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
    if (this.inYaml) {
      if (/^\s*\.\.\.\s*$/.test(line)) {
        this.inYaml = false;
        this.applyYaml();
      } else this.yaml.push(line);
      return;
    }
    if (/^\s*---\s*$/.test(line) && this.pending) {
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
      const depth = (result[1] ?? '').length / 4;
      const name = [...this.stack.slice(0, depth), result[3] ?? ''].join(' › ');
      const hasChildren = [...this.leaves].some((leaf) => leaf.startsWith(`${name} › `));
      if (hasChildren || result[4] === 'SKIP' || result[4] === 'TODO') return;
      this.pending = { depth, result: { name, passed: result[2] === 'ok' } };
    }
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
