// The errors V8 throws when an allocation cannot be made, rather than crashing:
// an ArrayBuffer or typed array too large for memory, a string past its length
// limit, a WebAssembly memory that cannot grow. (An array of JS values that
// fills the heap is not among them: that takes the whole sandbox down, which
// the heartbeat notices.)
const allocationFailure = /Array buffer allocation failed|Invalid typed array length|Invalid string length|Out of memory|could not allocate memory|Maximum memory size exceeded|WebAssembly\.Memory\.grow\(\): /i;

export const isOutOfMemory = (error: unknown): boolean => error instanceof RangeError && allocationFailure.test(error.message);
