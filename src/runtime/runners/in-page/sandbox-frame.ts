// The sandbox: an iframe with sandbox="allow-scripts" and no allow-same-origin,
// so its origin is opaque and lab code cannot reach this site's storage,
// cookies or DOM. It starts the worker from a blob: URL as a CLASSIC worker
// (module workers from blob: fail inside sandboxed iframes in Chromium). A
// srcdoc iframe inherits the page's COEP, so it loads in an isolated page too.
const bootstrap = `<!doctype html><meta charset="utf-8"><script>
addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'boot') return;
  const url = URL.createObjectURL(new Blob([event.data.source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  worker.postMessage({ type: 'port' }, [event.ports[0]]);
});
parent.postMessage({ type: 'sandbox-loaded' }, '*');
</script>`;

export interface Sandbox {
  port: MessagePort;
  /** Removing the iframe ends its worker at once: the hard kill for runaway code. */
  remove(): void;
}

export function createSandbox(workerSource: string): Promise<Sandbox> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  frame.title = 'Lab sandbox';
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  frame.srcdoc = bootstrap;
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
