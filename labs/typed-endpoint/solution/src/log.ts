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
  return incoming !== null && acceptableRequestId.test(incoming) ? incoming : crypto.randomUUID();
}
