// node:crypto, as far as the browser's Web Crypto goes: random values and UUIDs,
// and the Web Crypto API itself (createHash and the other synchronous
// primitives have no browser counterpart).
export const cryptoModule = {
  webcrypto: globalThis.crypto,
  subtle: globalThis.crypto.subtle,
  randomUUID: () => globalThis.crypto.randomUUID(),
  getRandomValues: <T extends ArrayBufferView>(array: T): T => globalThis.crypto.getRandomValues(array as never) as T,
  randomBytes: (size: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(size)),
  randomInt: (min: number, max?: number): number => {
    const [low, high] = max === undefined ? [0, min] : [min, max];
    return low + Math.floor((globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32) * (high - low));
  },
};
