export type LogFields = Record<string, unknown>;

/** Writes one JSON object per line. A child carries its fields onto every line it writes. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

/** A logger that hands each line to `write` (stdout by default), where a log collector picks it up. */
export function createLogger(write: (line: string) => void = (line) => console.log(line), context: LogFields = {}): Logger {
  const line = (level: string) => (message: string, fields: LogFields = {}) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...context, ...fields }));
  return { info: line('info'), error: line('error'), child: (fields) => createLogger(write, { ...context, ...fields }) };
}

/** An error as one line of a log: its name and message (the stack belongs in a trace, not on every line). */
export const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * A new random (version 4) UUID. Node's crypto.randomUUID() makes the same thing, but
 * browsers offer it only on secure pages, and the book's page runs labs in a sandbox
 * that is not one; getRandomValues works everywhere.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // the RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Letters, digits, dot, dash and underscore, at most 128: enough for a UUID or a trace id, too little for a payload. */
const acceptableRequestId = /^[\w.-]{1,128}$/;

/**
 * The request's id: the caller's (or the load balancer's) x-request-id when it
 * is acceptable, so that one id follows the request across services; a new
 * UUID otherwise. An id that fails the check is replaced, not cleaned up: it
 * goes into every log line and back out in a header.
 */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get('x-request-id');
  return incoming !== null && acceptableRequestId.test(incoming) ? incoming : newRequestId();
}
