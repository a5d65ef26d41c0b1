// The script of every sandbox document, as text. It is the same text on every
// sandbox, so the site's Content-Security-Policy can allow it by its hash (a
// srcdoc frame inherits the page's policy); what differs per sandbox (the
// secret, the page's origin) is read from the document's meta elements.
//
// It answers the page with the secret, then, given the worker's source and two
// ports, starts the worker with the lab port and the secret, and reports on
// the control port what only it can see: the worker failing outright, and a
// heartbeat from its own thread that stops only if the sandbox dies (see heartbeat.ts).
export const bootScript = `
(() => {
  const meta = (name) => document.querySelector('meta[name="' + name + '"]').content;
  const secret = meta('sandbox-secret');
  let booted = false;
  addEventListener('message', (event) => {
    if (booted || !event.data || event.data.type !== 'boot' || event.source !== parent) return;
    booted = true;
    const [labPort, controlPort] = event.ports;
    const url = URL.createObjectURL(new Blob([event.data.source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    worker.addEventListener('error', (error) => controlPort.postMessage({ type: 'worker-error', message: String(error.message || 'the worker failed') }));
    worker.postMessage({ type: 'port', secret }, [labPort]);
    setInterval(() => controlPort.postMessage({ type: 'alive' }), 500);
  });
  parent.postMessage({ type: 'sandbox-loaded', secret }, meta('sandbox-parent'));
})();
`;
