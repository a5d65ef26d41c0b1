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

/** The request's id: the incoming x-request-id header when it is acceptable, a new UUID otherwise. */
export function requestIdFrom(headers: Headers): string {
  // TODO: use headers.get('x-request-id') when it matches acceptableRequestId, so that
  // one id follows the request from the load balancer through every service. Anything
  // else (missing, too long, spaces, a newline) is replaced by crypto.randomUUID(),
  // not cleaned up: the id goes into every log line and back out in a header.
  return crypto.randomUUID();
}
