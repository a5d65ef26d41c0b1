// A small in-memory tracer with the shape of OpenTelemetry's spans: a trace id shared by one
// request, a span id, a parent, a name, start and end times, attributes and a status. It keeps
// the current span on a stack, which is enough for one request at a time; a real service uses
// OpenTelemetry's context (AsyncLocalStorage in Node) so that concurrent requests do not mix.

export type AttributeValue = string | number | boolean | string[];

export interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startMs: number;
  endMs?: number;
  attributes: Record<string, AttributeValue>;
  status: 'unset' | 'ok' | 'error';
}

/** A clock the lab controls, so that every duration is the same on every run. */
export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export function createFakeClock(startMs = 0): Clock {
  let time = startMs;
  return {
    now: () => time,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`clock.advance: ms must be a non-negative number, not ${ms}.`);
      time += ms;
    },
  };
}

export interface Tracer {
  readonly clock: Clock;
  /** Every span started so far, finished or not, in the order they started. */
  readonly spans: Span[];
  /** Start a span under the current one (or a new trace when there is none). */
  startSpan(name: string, attributes?: Record<string, AttributeValue>): Span;
  endSpan(span: Span, status: 'ok' | 'error'): void;
  /** Run fn with a new span as the current one, and end it when fn settles. */
  inSpan<T>(name: string, attributes: Record<string, AttributeValue>, fn: (span: Span) => Promise<T>): Promise<T>;
}

export function createTracer(clock: Clock = createFakeClock()): Tracer {
  const spans: Span[] = [];
  const stack: Span[] = [];
  let traces = 0;

  const startSpan = (name: string, attributes: Record<string, AttributeValue> = {}): Span => {
    const parent = stack.at(-1);
    const span: Span = {
      traceId: parent?.traceId ?? `trace-${++traces}`,
      spanId: `span-${spans.length + 1}`,
      name,
      startMs: clock.now(),
      attributes: { ...attributes },
      status: 'unset',
    };
    if (parent) span.parentSpanId = parent.spanId;
    spans.push(span);
    return span;
  };

  const endSpan = (span: Span, status: 'ok' | 'error') => {
    if (span.endMs !== undefined) throw new Error(`span "${span.name}" (${span.spanId}) was ended twice.`);
    span.endMs = clock.now();
    span.status = status;
  };

  const inSpan = async <T>(name: string, attributes: Record<string, AttributeValue>, fn: (span: Span) => Promise<T>): Promise<T> => {
    const span = startSpan(name, attributes);
    stack.push(span);
    try {
      const result = await fn(span);
      endSpan(span, 'ok');
      return result;
    } catch (error) {
      span.attributes['error.type'] = error instanceof Error ? error.name : 'unknown';
      endSpan(span, 'error');
      throw error;
    } finally {
      stack.pop();
    }
  };

  return { clock, spans, startSpan, endSpan, inSpan };
}

/** A span's duration in milliseconds; an unfinished span is an error that names it. */
export function durationMs(span: Span): number {
  if (span.endMs === undefined) throw new Error(`span "${span.name}" (${span.spanId}) never ended, so it has no duration.`);
  return span.endMs - span.startMs;
}

/** The root span of each trace: the one without a parent. */
export function rootsByTrace(spans: Span[]): Map<string, Span> {
  const roots = new Map<string, Span>();
  for (const span of spans) if (span.parentSpanId === undefined) roots.set(span.traceId, span);
  return roots;
}

/** The model-call spans: those the GenAI conventions call chat operations. */
export function chatSpans(spans: Span[]): Span[] {
  return spans.filter((span) => span.attributes['gen_ai.operation.name'] === 'chat');
}
