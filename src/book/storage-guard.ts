// Starlight's theme and sidebar scripts read localStorage and sessionStorage
// without a guard. A browser that blocks cookies and site data throws on
// reading either, so every page would fail as it is drawn. This script, run
// before them, makes a storage that throws read as undefined instead, which
// they (and the book's own code, see src/runtime/session/device-storage.ts)
// treat as "no storage".
export const storageGuard = `(() => {
  for (const name of ['localStorage', 'sessionStorage']) {
    try {
      window[name];
    } catch {
      Object.defineProperty(window, name, { configurable: true, enumerable: true, get: () => undefined });
    }
  }
})();`;
