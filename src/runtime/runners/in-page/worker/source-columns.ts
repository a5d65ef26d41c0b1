// Columns in the code sucrase wrote, mapped back to the learner's TypeScript.
// Sucrase keeps every line on its line, so only the column moves: types are
// removed, and an imported name becomes "_module.name" (a call to it,
// "_module.name.call(void 0, …)"). Sucrase's own source maps lose their
// place after a template literal, so the two lines are aligned here instead,
// token by token (the longest common subsequence), when a position is needed.
interface Token {
  text: string;
  start: number;
  end: number;
  /** An imported name as sucrase writes it (_module.name): it stands for whatever name the source used. */
  imported?: boolean;
  /** Written by sucrase with no counterpart in the source (the ".call(void 0," of a call to an import). */
  inserted?: boolean;
}

const tokenPattern = /[A-Za-z_$][\w$]*|\d[\w.]*|\S/g;
/** Lines longer than this (in tokens) are not aligned: the column is kept as it is. */
const maxTokens = 600;

function tokenize(line: string): Token[] {
  return [...line.matchAll(tokenPattern)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** The generated line's tokens, with sucrase's rewriting of imports marked. */
function generatedTokens(line: string, importNames: ReadonlySet<string>): Token[] {
  const raw = tokenize(line);
  const tokens: Token[] = [];
  for (let index = 0; index < raw.length; index++) {
    const token = raw[index]!;
    const [dot, name] = [raw[index + 1], raw[index + 2]];
    if (importNames.has(token.text) && dot?.text === '.' && name && /^[A-Za-z_$]/.test(name.text) && dot.start === token.end && name.start === dot.end) {
      tokens.push({ text: `${token.text}.${name.text}`, start: token.start, end: name.end, imported: true });
      index += 2;
      const call = raw.slice(index + 1, index + 7).map((next) => next.text);
      if (call.join(' ') === '. call ( void 0 ,') {
        const [callDot, callName, open, voidWord, zero, comma] = raw.slice(index + 1, index + 7) as Token[];
        tokens.push({ ...callDot!, inserted: true }, { ...callName!, inserted: true }, open!, { ...voidWord!, inserted: true }, { ...zero!, inserted: true }, { ...comma!, inserted: true });
        index += 6;
      }
    } else tokens.push(token);
  }
  return tokens;
}

const matches = (generated: Token, source: Token): boolean => (generated.imported ? /^[A-Za-z_$]/.test(source.text) : generated.text === source.text);

/** For each generated token, the index of the source token it is aligned with, or -1. */
function align(generated: Token[], source: Token[]): Int32Array {
  const kept = generated.map((token, index) => ({ token, index })).filter(({ token }) => !token.inserted);
  const [n, m] = [kept.length, source.length];
  const lengths = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[at(i, j)] = matches(kept[i]!.token, source[j]!) ? lengths[at(i + 1, j + 1)]! + 1 : Math.max(lengths[at(i + 1, j)]!, lengths[at(i, j + 1)]!);
    }
  }
  const pairs = new Int32Array(generated.length).fill(-1);
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (matches(kept[i]!.token, source[j]!) && lengths[at(i, j)] === lengths[at(i + 1, j + 1)]! + 1) {
      pairs[kept[i]!.index] = j;
      [i, j] = [i + 1, j + 1];
    } else if (lengths[at(i + 1, j)]! >= lengths[at(i, j + 1)]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The 1-based column in `sourceLine` of what is at 1-based `column` in
 * `generatedLine`. `importNames` are the variables sucrase holds imported
 * modules in (var _x = require(…)).
 */
export function sourceColumn(sourceLine: string, generatedLine: string, column: number, importNames: ReadonlySet<string>): number {
  if (sourceLine === generatedLine) return column;
  const generated = generatedTokens(generatedLine, importNames);
  const source = tokenize(sourceLine);
  if (generated.length > maxTokens || source.length > maxTokens) return Math.min(column, sourceLine.length + 1);
  const pairs = align(generated, source);
  let index = generated.findIndex((token) => token.end > column - 1);
  if (index < 0) return sourceLine.length + 1;
  // ".call" of a call to an import stands for the call itself: the name called.
  while (index > 0 && generated[index]!.inserted) index--;
  const token = generated[index]!;
  for (let next = index; next < generated.length; next++) {
    const paired = pairs[next]!;
    if (paired < 0) continue;
    const target = source[paired]!;
    const inside = next === index && !token.imported ? Math.min(Math.max(column - 1 - token.start, 0), target.end - target.start - 1) : 0;
    return target.start + inside + 1;
  }
  return Math.min(column, sourceLine.length + 1);
}

/** The variables that hold imported modules in sucrase's output. */
export function importNames(code: string): Set<string> {
  return new Set([...code.matchAll(/\bvar (_[\w$]+) = (?:require\(|_interopRequire\w*\()/g)].map((match) => match[1]!));
}
