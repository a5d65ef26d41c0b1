// Values as node:assert shows them in its diffs: util.inspect with one entry a
// line (compact: false), the entries of objects, Maps and Sets sorted, and no
// depth limit worth the name, so that two values differ line by line.
const maxDepth = 100;
const maxItems = 1_000;
/** Node quotes an object key that is not a plain identifier (it counts $ as not plain). */
const plainKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const escapes: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\\': '\\\\' };

/** A string in quotes as util.inspect writes it: single quotes, unless the text holds one. */
export function quote(text: string): string {
  let mark = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) mark = '"';
    else if (!text.includes('`') && !text.includes('${')) mark = '`';
  }
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\\\n\t\r\b\f\v]|[\x00-\x1f\x7f]/g, (char) => escapes[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
  return `${mark}${mark === "'" ? escaped.replace(/'/g, "\\'") : escaped}${mark}`;
}

function primitive(value: unknown): string | undefined {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (value === undefined || value === null || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A long string with line breaks is shown as its lines joined with +, as Node does past its line width. */
function longString(text: string, indent: string): string {
  if (text.length <= 16 || text.length <= 128 - indent.length - 4 || !text.includes('\n')) return quote(text);
  const pieces = text.match(/[^\n]*\n|[^\n]+$/g) ?? [text];
  return pieces.map(quote).join(` +\n${indent}  `);
}

function prefixOf(object: object): string {
  const prototype = Object.getPrototypeOf(object) as { constructor?: { name?: string } } | null;
  if (prototype === null) return '[Object: null prototype] ';
  const name = prototype.constructor?.name;
  return name && name !== 'Object' ? `${name} ` : '';
}

function expanded(value: unknown, indent: string, seen: Set<object>, depth: number): string {
  const simple = primitive(value);
  if (simple !== undefined) return typeof value === 'string' ? longString(value, indent) : simple;
  if (typeof value === 'function') return (/^class\s/.test(Function.prototype.toString.call(value)) ? `[class ${value.name || '(anonymous)'}]` : `[Function: ${value.name || '(anonymous)'}]`);
  const object = value as object;
  if (seen.has(object)) return '[Circular *1]';
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (object instanceof Error) return `[${object.name}: ${object.message}]`;
  if (depth > maxDepth) return Array.isArray(object) ? '[Array]' : `[${prefixOf(object).trim() || 'Object'}]`;
  const inner = `${indent}  `;
  const show = (item: unknown) => expanded(item, inner, seen, depth + 1);
  let open: string;
  let close: string;
  let entries: string[];
  let sort = true;
  seen.add(object);
  try {
    if (Array.isArray(object) || ArrayBuffer.isView(object)) {
      const items = Array.from(object as unknown as ArrayLike<unknown>);
      entries = items.slice(0, maxItems).map(show);
      if (items.length > maxItems) entries.push(`... ${items.length - maxItems} more items`);
      const name = prefixOf(object).trim();
      [open, close] = [Array.isArray(object) && (name === 'Array' || name === '') ? '[' : `${name}(${items.length}) [`, ']'];
      sort = false;
    } else if (object instanceof Map) {
      entries = [...object].slice(0, maxItems).map(([key, item]) => `${show(key)} => ${show(item)}`);
      [open, close] = [`${prefixOf(object).trim()}(${object.size}) {`, '}'];
    } else if (object instanceof Set) {
      entries = [...object].slice(0, maxItems).map(show);
      [open, close] = [`${prefixOf(object).trim()}(${object.size}) {`, '}'];
    } else {
      entries = Object.keys(object).map((key) => `${plainKey.test(key) ? key : quote(key)}: ${show((object as Record<string, unknown>)[key])}`);
      [open, close] = [`${prefixOf(object)}{`, '}'];
    }
  } finally {
    seen.delete(object);
  }
  if (sort) entries.sort();
  if (entries.length === 0) return `${open}${close}`;
  return `${open}\n${entries.map((entry) => `${inner}${entry}`).join(',\n')}\n${indent}${close}`;
}

/** util.inspect(value, { compact: false, sorted: true, depth: Infinity }), for the values tests compare. */
export const inspectExpanded = (value: unknown): string => expanded(value, '', new Set(), 0);
