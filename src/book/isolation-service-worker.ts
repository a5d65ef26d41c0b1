// Registers public/coi-serviceworker.js where the host cannot send COOP/COEP
// itself (GitHub Pages). Added to every page's <head> only when the site is
// built with ISOLATION_SERVICE_WORKER=true.
export const registerIsolationServiceWorker = `(() => {
  if (window.crossOriginIsolated || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const reloadedKey = 'ai-roadmap:coi-reloaded';
  // A browser that blocks site data throws on reading sessionStorage (and refuses the worker):
  // with no way to remember a reload, none is made, so it can never loop.
  const remember = (read) => { try { return read(window.sessionStorage); } catch { return undefined; } };
  navigator.serviceWorker.register('/coi-serviceworker.js').then((registration) => {
    // The first visit is not isolated yet: reload once the worker controls the page, never in a loop.
    if (navigator.serviceWorker.controller || remember((storage) => storage.getItem(reloadedKey)) !== null) return;
    const reload = () => remember((storage) => storage.setItem(reloadedKey, '1') ?? true) && location.reload();
    if (registration.active) reload();
    else navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  }, () => {});
})();`;

export const isolationServiceWorkerHead = (enabled: boolean) => (enabled ? [{ tag: 'script' as const, content: registerIsolationServiceWorker }] : []);
