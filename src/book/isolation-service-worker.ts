// Registers public/coi-serviceworker.js where the host cannot send COOP/COEP
// itself (GitHub Pages). Added to every page's <head> only when the site is
// built with ISOLATION_SERVICE_WORKER=true.
export const registerIsolationServiceWorker = `(() => {
  if (window.crossOriginIsolated || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const reloadedKey = 'ai-roadmap:coi-reloaded';
  navigator.serviceWorker.register('/coi-serviceworker.js').then((registration) => {
    // The first visit is not isolated yet: reload once the worker controls the page, never in a loop.
    if (navigator.serviceWorker.controller || sessionStorage.getItem(reloadedKey)) return;
    const reload = () => { sessionStorage.setItem(reloadedKey, '1'); location.reload(); };
    if (registration.active) reload();
    else navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  });
})();`;

export const isolationServiceWorkerHead = (enabled: boolean) => (enabled ? [{ tag: 'script' as const, content: registerIsolationServiceWorker }] : []);
