import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteHeaders } from '../../src/book/headers.ts';
import { isolationServiceWorkerHead } from '../../src/book/isolation-service-worker.ts';

type Listener = (event: any) => void;

/** Loads public/coi-serviceworker.js against a fake service-worker global and returns its listeners. */
function loadWorker(upstream: (request: Request) => Promise<Response>) {
  const listeners: Record<string, Listener> = {};
  const self = {
    location: new URL('https://book.example/'),
    addEventListener: (type: string, listener: Listener) => (listeners[type] = listener),
    skipWaiting: () => {},
    clients: { claim: async () => {} },
  };
  new Function('self', 'fetch', readFileSync('public/coi-serviceworker.js', 'utf8'))(self, upstream);
  return listeners;
}

async function respond(listeners: Record<string, Listener>, url: string): Promise<Response | undefined> {
  let responded: Promise<Response> | undefined;
  listeners.fetch?.({ request: new Request(url), respondWith: (promise: Promise<Response>) => (responded = promise) });
  return responded;
}

test('the service worker adds COOP, COEP (forced to require-corp) and the security headers to same-origin responses', async () => {
  const listeners = loadWorker(async () => new Response('<h1>page</h1>', { status: 200, headers: { 'content-type': 'text/html' } }));
  const response = await respond(listeners, 'https://book.example/start-here/');
  assert.ok(response);
  for (const [name, value] of Object.entries(siteHeaders)) assert.equal(response.headers.get(name), value, name);
  assert.equal(response.headers.get('content-type'), 'text/html');
  assert.equal(await response.text(), '<h1>page</h1>');
});

test('cross-origin requests are left alone', async () => {
  const listeners = loadWorker(async () => new Response('x'));
  assert.equal(await respond(listeners, 'https://api.openai.com/v1/chat/completions'), undefined);
});

test('the registration script is added to pages only when asked for', () => {
  assert.deepEqual(isolationServiceWorkerHead(false), []);
  const [tag] = isolationServiceWorkerHead(true);
  assert.equal(tag?.tag, 'script');
  assert.match(tag?.content ?? '', /serviceWorker\.register\('\/coi-serviceworker\.js'\)/);
});

/**
 * Runs the registration script against a fake window whose sessionStorage getter
 * throws, as a browser that blocks site data does. The worker registers (or is
 * refused); what the script's callbacks throw or leave unhandled is recorded.
 */
function registerWithStorageBlocked(registered: 'active' | 'refused') {
  const outcome = { reloads: 0, thrown: [] as unknown[], unhandledRefusal: false };
  const registration = { active: {} };
  const register = () => ({
    then(onRegistered: (value: unknown) => unknown, onRefused?: (error: unknown) => unknown) {
      try {
        if (registered === 'active') onRegistered(registration);
        else if (onRefused) onRefused(new DOMException('The user denied permission to use Service Worker.', 'SecurityError'));
        else outcome.unhandledRefusal = true;
      } catch (error) {
        outcome.thrown.push(error);
      }
    },
  });
  const scope = {
    crossOriginIsolated: false,
    isSecureContext: true,
    navigator: { serviceWorker: { controller: null, register, addEventListener: () => {} } },
    location: { reload: () => outcome.reloads++ },
    get sessionStorage(): Storage {
      throw new DOMException("Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    },
  };
  const [tag] = isolationServiceWorkerHead(true);
  new Function('scope', `with (scope) { const window = scope; ${tag?.content ?? ''} }`)(scope);
  return outcome;
}

test('with site data blocked, the registration script neither throws nor reloads (it could not tell a loop)', () => {
  assert.deepEqual(registerWithStorageBlocked('active'), { reloads: 0, thrown: [], unhandledRefusal: false });
});

test('a refused registration is handled: the page goes on without isolation', () => {
  assert.deepEqual(registerWithStorageBlocked('refused'), { reloads: 0, thrown: [], unhandledRefusal: false });
});
