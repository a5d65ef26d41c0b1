// For your machine or the image: handle() behind node:http, on the simulated providers with no
// faults. The page cannot open a port, so the tests and the chaos script call handle() directly.
// Time here is real time since start; swap the routes' providers for real ones to go live.
import { createServer } from 'node:http';
import { seededRandom } from './clock.ts';
import { handle } from './handler.ts';
import { createSimulatedProvider, northwind, southgate } from './providers.ts';
import { createService } from './service.ts';

const startedAt = Date.now();
const now = () => Date.now() - startedAt;
const service = createService({
  routes: [
    { provider: createSimulatedProvider(northwind, [], seededRandom(1)), model: 'luna-2026-09-15', expectedModel: 'luna-2026-09-15' },
    { provider: createSimulatedProvider(southgate, [], seededRandom(2)), model: 'sol-2026-10-20', expectedModel: 'sol-2026-10-20' },
  ],
  random: seededRandom(3),
});
setInterval(() => (service.health.lastHeartbeatAtMs = now()), 1_000).unref();
service.answer('warm-up', now()); // readiness waits for one answered call

// Readiness fails when no provider has answered for 120 s, and an unready instance gets no
// traffic: without this, two quiet minutes would lock it out for good. Every 10 s, if no
// provider has answered for a minute, send one short call of our own.
const idleAfterMs = 60_000;
setInterval(() => {
  const lastAnswer = Math.max(0, ...Object.values(service.health.lastSuccessAtMs).map((atMs) => atMs ?? 0));
  if (!service.health.draining && now() - lastAnswer >= idleAfterMs) service.answer('readiness check', now());
}, 10_000).unref();

const server = createServer((incoming, outgoing) => {
  let raw = '';
  incoming.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  incoming.on('end', () => {
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      outgoing.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'the request body is not JSON' }));
      return;
    }
    const response = handle(service, { method: incoming.method ?? 'GET', path: (incoming.url ?? '/').split('?')[0]!, body }, now());
    outgoing.writeHead(response.status, { 'content-type': 'application/json' }).end(JSON.stringify(response.body));
  });
});

process.on('SIGTERM', () => {
  service.health.draining = true; // readiness fails at once; the platform stops sending traffic
  // Drain for longer than the slowest request: a 6 s timeout plus the fallback's answer (up to ~2.6 s).
  setTimeout(() => server.close(() => process.exit(0)), 9_000).unref();
});

const port = Number(process.env.PORT ?? 8080);
server.listen(port, process.env.HOST ?? '127.0.0.1', () => console.log(`listening on :${port}; GET /livez, GET /readyz, POST /answer {"question": "…"}`));
