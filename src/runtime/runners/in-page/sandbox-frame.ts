// The sandbox: an iframe with sandbox="allow-scripts" and no allow-same-origin,
// so its origin is opaque and lab code cannot reach this site's storage,
// cookies or DOM. It starts the worker from a blob: URL as a CLASSIC worker
// (module workers from blob: fail inside sandboxed iframes in Chromium). A
// srcdoc iframe inherits the page's COEP, so it loads in an isolated page too.
//
// Its Content-Security-Policy limits where lab code may connect: only to the
// origins of the run (the chosen model provider), nowhere for the stand-in. A
// worker made from a blob: URL inherits the policy of the document that made
// it, so the policy binds the lab's fetch, XHR, WebSocket and importScripts.
const bootScript = `
addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'boot') return;
  const url = URL.createObjectURL(new Blob([event.data.source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  worker.postMessage({ type: 'port' }, [event.ports[0]]);
});
parent.postMessage({ type: 'sandbox-loaded' }, '*');
`;

// Only plain http(s) origins may enter the policy: nothing that could add a directive.
const isOrigin = (value: string): boolean => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i.test(value);

/** The origins a sandbox will allow, cleaned and sorted (so equal lists compare equal). */
export const connectOrigins = (origins: string[] = []): string[] => [...new Set(origins.filter(isOrigin).map((origin) => origin.toLowerCase()))].sort();

/** The sandbox document's policy: its own nonce'd script, blob: workers, eval for the lab's modules, and connections to `origins` only. */
export function sandboxPolicy(origins: string[], nonce: string): string {
  const connect = connectOrigins(origins);
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'unsafe-eval' blob:`,
    'worker-src blob:',
    `connect-src ${connect.length > 0 ? connect.join(' ') : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function sandboxDocument(origins: string[], nonce: string): string {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${sandboxPolicy(origins, nonce)}"><script nonce="${nonce}">${bootScript}</script>`;
}

const newNonce = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

export interface Sandbox {
  port: MessagePort;
  /** Removing the iframe ends its worker at once: the hard kill for runaway code. */
  remove(): void;
}

export function createSandbox(workerSource: string, origins: string[] = []): Promise<Sandbox> {
  const allowed = connectOrigins(origins);
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  frame.title = 'Lab sandbox';
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  frame.srcdoc = sandboxDocument(allowed, newNonce());
  const channel = new MessageChannel();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      frame.remove();
      reject(new Error('The lab sandbox did not start within 10 seconds.'));
    }, 10_000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'sandbox-loaded') return;
      frame.contentWindow?.postMessage({ type: 'boot', source: workerSource }, '*', [channel.port2]);
    };
    const onPort = (event: MessageEvent) => {
      if (event.data?.type !== 'ready') return;
      cleanup();
      frame.dataset.ready = 'true';
      resolve({ port: channel.port1, remove: () => (channel.port1.close(), frame.remove()) });
    };
    const cleanup = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      channel.port1.removeEventListener('message', onPort);
    };
    window.addEventListener('message', onMessage);
    channel.port1.addEventListener('message', onPort);
    channel.port1.start();
    document.body.append(frame);
  });
}
