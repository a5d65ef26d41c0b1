// A small util.inspect: Node's look for the values labs print (objects,
// arrays, Maps, Sets, errors, class instances), with depth and cycle limits.
export interface InspectOptions {
  depth?: number;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** How an Error is shown; the runner sets it to show the frames at their places in the learner's TypeScript. */
let showError = (error: Error): string => (error.stack && error.stack.includes(error.message) ? error.stack : `${error.name}: ${error.message}`);

export function setErrorText(show: (error: Error) => string): void {
  showError = show;
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function inspectValue(value: unknown, depth: number, seen: Set<object>, nested: boolean): string {
  if (typeof value === 'string') return nested ? quote(value) : value;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined || value === null || typeof value === 'boolean' || typeof value === 'symbol') return String(value);
  if (typeof value === 'function') return (/^class\s/.test(Function.prototype.toString.call(value)) ? `[class ${value.name || '(anonymous)'}]` : `[Function: ${value.name || '(anonymous)'}]`);
  const object = value as object;
  if (seen.has(object)) return '[Circular *1]';
  if (object instanceof Error) return showError(object);
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (object instanceof Promise) return 'Promise { <pending> }';
  const next = (item: unknown) => inspectValue(item, depth - 1, seen, true);
  const name = object.constructor && object.constructor !== Object && object.constructor !== Array ? object.constructor.name : '';
  if (depth < 0) return Array.isArray(object) ? '[Array]' : `[${name || 'Object'}]`;
  seen.add(object);
  try {
    let items: string[];
    let open: string;
    let close: string;
    if (Array.isArray(object)) {
      items = object.slice(0, 100).map(next);
      if (object.length > 100) items.push(`... ${object.length - 100} more items`);
      [open, close] = ['[', ']'];
    } else if (object instanceof Map) {
      items = [...object].map(([key, item]) => `${next(key)} => ${next(item)}`);
      [open, close] = [`Map(${object.size}) {`, '}'];
    } else if (object instanceof Set) {
      items = [...object].map(next);
      [open, close] = [`Set(${object.size}) {`, '}'];
    } else if (ArrayBuffer.isView(object)) {
      const view = object as unknown as ArrayLike<number>;
      items = Array.from(view).slice(0, 100).map(String);
      [open, close] = [`${name}(${view.length}) [`, ']'];
    } else {
      items = Object.entries(object).map(([key, item]) => `${identifier.test(key) ? key : quote(key)}: ${next(item)}`);
      [open, close] = [name ? `${name} {` : '{', '}'];
    }
    if (items.length === 0) return `${open}${close}`;
    const single = `${open} ${items.join(', ')} ${close}`;
    if (single.length <= 72 && !single.includes('\n')) return single;
    return `${open}\n${items.map((item) => `  ${item.replace(/\n/g, '\n  ')}`).join(',\n')}\n${close}`;
  } finally {
    seen.delete(object);
  }
}

export function inspect(value: unknown, options: InspectOptions = {}): string {
  return inspectValue(value, options.depth ?? 2, new Set(), true);
}

/** util.format: printf-style %s %d %i %f %j %o %O %%, then the rest joined by spaces. */
export function format(...args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map((arg) => inspectValue(arg, 2, new Set(), false)).join(' ');
  let index = 0;
  const text = first.replace(/%[sdifjoO%]/g, (token) => {
    if (token === '%%') return '%';
    if (index >= rest.length) return token;
    const arg = rest[index++];
    switch (token) {
      case '%s':
        return typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null ? inspect(arg, { depth: 1 }) : String(arg);
      case '%d':
      case '%i': {
        const number = typeof arg === 'bigint' ? arg : Number(arg);
        return token === '%i' && typeof number === 'number' ? String(Math.trunc(number)) : String(number);
      }
      case '%f':
        return String(Number(arg));
      case '%j':
        try {
          return JSON.stringify(arg);
        } catch {
          return '[Circular]';
        }
      default:
        return inspect(arg, { depth: token === '%o' ? 4 : 2 });
    }
  });
  return [text, ...rest.slice(index).map((arg) => inspectValue(arg, 2, new Set(), false))].join(' ');
}
