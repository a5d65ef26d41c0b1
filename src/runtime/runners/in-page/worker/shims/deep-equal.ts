/** Node's strict deep equality, for the values tests compare: primitives (Object.is), arrays, plain and class objects, Maps, Sets, Dates, RegExps, typed arrays. */
export function deepStrictEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && [...a].every(([key, value]) => other.has(key) && deepStrictEqual(value, other.get(key), seen));
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && [...a].every((value) => other.has(value) || [...other].some((candidate) => deepStrictEqual(value, candidate, seen)));
  }
  if (ArrayBuffer.isView(a)) {
    const [x, y] = [a as unknown as ArrayLike<number>, b as unknown as ArrayLike<number>];
    return x.length === y.length && Array.from(x).every((value, index) => Object.is(value, y[index]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepStrictEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], seen));
}

/** Loose deep equality (assert.deepEqual): == for primitives, prototypes ignored. */
export function deepLooseEqual(a: unknown, b: unknown): boolean {
  // eslint-disable-next-line eqeqeq
  if (a == b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => deepLooseEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
