// The HTTP surface as a pure function: a request and the time in, a response out. The page
// cannot open a port, so the tests and the chaos script call this; src/server.ts wraps it in
// node:http for a real run.
import { defaultHealthSettings, liveness, readiness, type HealthSettings } from './health.ts';
import type { Service } from './service.ts';

export interface HttpRequest {
  method: string;
  path: string;
  /** The parsed JSON body, for POST. */
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  body: Record<string, unknown>;
}

export function handle(service: Service, request: HttpRequest, nowMs: number, settings: HealthSettings = defaultHealthSettings): HttpResponse {
  if (request.method === 'GET' && (request.path === '/livez' || request.path === '/readyz')) {
    const probe = request.path === '/livez' ? liveness : readiness;
    const result = probe(service.health, nowMs, settings);
    return { status: result.ok ? 200 : 503, body: { ok: result.ok, reasons: result.reasons } };
  }
  if (request.path === '/answer') {
    if (request.method !== 'POST') return { status: 405, body: { error: `${request.method} /answer: use POST with a JSON body {"question": "…"}` } };
    const question = (request.body as { question?: unknown } | undefined)?.question;
    if (typeof question !== 'string' || question.trim() === '') return { status: 400, body: { error: 'POST /answer: body.question must be a non-empty string' } };
    if (service.health.draining) return { status: 503, body: { error: 'draining: send this request to another instance' } };
    const { span, text } = service.answer(question, nowMs);
    if (text === null) return { status: 503, body: { error: 'every provider failed; try again shortly', traceId: span.traceId } };
    return { status: 200, body: { answer: text, model: span.model, traceId: span.traceId } };
  }
  return { status: 404, body: { error: `no route for ${request.method} ${request.path}` } };
}
