// node:crypto, as far as the browser's Web Crypto goes: random values and UUIDs,
// and the Web Crypto API itself (createHash and the other synchronous
// primitives have no browser counterpart).

/** A version 4 UUID made from 16 random bytes, as RFC 9562 lays it out. */
export function uuidFromBytes(random: Uint8Array): string {
  const bytes = Uint8Array.from(random.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The browser offers crypto.randomUUID to secure contexts only, and the sandbox's opaque origin is not one.
const nativeRandomUUID = typeof globalThis.crypto.randomUUID === 'function' ? globalThis.crypto.randomUUID.bind(globalThis.crypto) : undefined;
const randomUUID = (): string => nativeRandomUUID?.() ?? uuidFromBytes(globalThis.crypto.getRandomValues(new Uint8Array(16)));

/** Gives the worker's global crypto a randomUUID, as Node's has, where the browser withholds it. */
export function installRandomUUID(scope: { crypto: Crypto }): void {
  if (typeof scope.crypto.randomUUID !== 'function') Object.defineProperty(scope.crypto, 'randomUUID', { value: randomUUID, configurable: true });
}

export const cryptoModule = {
  webcrypto: globalThis.crypto,
  subtle: globalThis.crypto.subtle,
  randomUUID,
  getRandomValues: <T extends ArrayBufferView>(array: T): T => globalThis.crypto.getRandomValues(array as never) as T,
  randomBytes: (size: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(size)),
  randomInt: (min: number, max?: number): number => {
    const [low, high] = max === undefined ? [0, min] : [min, max];
    return low + Math.floor((globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32) * (high - low));
  },
};
