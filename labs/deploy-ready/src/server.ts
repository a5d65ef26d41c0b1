// For your machine, or the image the Dockerfile builds; the page cannot open a port, so the
// tests and main.ts call probes.ts directly. It keeps the ServiceState that the probes read:
// a heartbeat from the worker loop, a cheap provider check when nothing else has proved the
// provider works lately, and draining on SIGTERM.
import { createServer } from 'node:http';
import { generateText } from 'ai';
import { getModel } from '@ai-roadmap/kit';
import { healthResponse } from './health-handler.ts';
import type { ServiceState } from './probes.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);
const model = getModel();
const state: ServiceState = { warmUpDoneAtMs: null, lastProviderSuccessAtMs: { primary: null }, lastHeartbeatAtMs: Date.now(), draining: false };

// The worker loop: here it only beats. In a real service it takes jobs from the queue, and a
// pass that never finishes (a promise that never settles) stops the heartbeat.
setInterval(() => {
  state.lastHeartbeatAtMs = Date.now();
}, 1000);

// Readiness must not wait for traffic to prove the provider works: an unready pod gets no
// traffic. So the pod asks the provider itself, with the smallest call it can make, but only
// when no call has succeeded for 20 s: under load, real requests (which would also set
// lastProviderSuccessAtMs) make the check unnecessary, and an idle pod pays for three a minute.
async function checkProvider(): Promise<void> {
  const last = state.lastProviderSuccessAtMs.primary ?? null;
  if (last !== null && Date.now() - last < 20_000) return;
  try {
    await generateText({ model, prompt: 'ping', maxOutputTokens: 1, abortSignal: AbortSignal.timeout(5000) });
    state.lastProviderSuccessAtMs.primary = Date.now();
    state.warmUpDoneAtMs ??= Date.now();
  } catch (error) {
    console.error(`provider check failed: ${(error as Error).message}`);
  }
}
void checkProvider();
setInterval(checkProvider, 5_000);

const server = createServer((incoming, outgoing) => {
  const response = healthResponse(new URL(incoming.url ?? '/', 'http://localhost').pathname, state, Date.now());
  if (!response) {
    outgoing.writeHead(404).end();
    return;
  }
  void response.text().then((body) => outgoing.writeHead(response.status, { 'content-type': 'application/json' }).end(body));
}).listen(port, host, () => console.log(`listening on http://${host}:${port} (probes: /livez, /readyz)`));

// Kubernetes sends SIGTERM, removes the pod from the Service's endpoints at about the same
// time, and sends SIGKILL after the grace period. Fail readiness at once, keep serving what is
// in flight for a few seconds while the endpoint removal spreads, then close.
process.on('SIGTERM', () => {
  state.draining = true;
  setTimeout(() => server.close(() => process.exit(0)), 5000);
});
