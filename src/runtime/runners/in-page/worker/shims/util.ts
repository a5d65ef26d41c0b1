import { format, inspect } from './inspect.ts';
import { deepStrictEqual } from './deep-equal.ts';

export function promisify<T>(fn: (...args: any[]) => void): (...args: any[]) => Promise<T> {
  return (...args) => new Promise((resolve, reject) => fn(...args, (error: unknown, value: T) => (error ? reject(error) : resolve(value))));
}

export const utilModule = {
  format,
  inspect,
  promisify,
  isDeepStrictEqual: (a: unknown, b: unknown) => deepStrictEqual(a, b),
  types: {
    isPromise: (value: unknown) => value instanceof Promise,
    isDate: (value: unknown) => value instanceof Date,
    isRegExp: (value: unknown) => value instanceof RegExp,
  },
  TextEncoder,
  TextDecoder,
};
