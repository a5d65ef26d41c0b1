// Whether a WebContainer can be tried in this browser, and if not, why — in
// words the workbench can show the learner.
export type FallbackReason = 'offline' | 'not-isolated' | 'unsupported-browser' | 'boot-timeout' | 'boot-failed' | 'chosen' | 'python';

export const fallbackMessages: Record<FallbackReason, string> = {
  offline: 'you are offline, and the full Node runtime loads from StackBlitz',
  'not-isolated': 'this page is not cross-origin isolated, which the full Node runtime needs',
  'unsupported-browser': 'this browser does not support the full Node runtime (WebContainers need Chromium or Firefox)',
  'boot-timeout': 'the full Node runtime did not start in time (StackBlitz may be unreachable)',
  'boot-failed': 'the full Node runtime failed to start',
  chosen: 'you chose the in-page runner in the settings',
  python: 'this lab is Python, which runs in the page in Pyodide (the full Node runtime has no Python)',
};

export interface BrowserFacts {
  crossOriginIsolated: boolean;
  online: boolean;
  userAgent: string;
  hasSharedArrayBuffer: boolean;
}

export function browserFacts(): BrowserFacts {
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    online: globalThis.navigator?.onLine !== false,
    userAgent: globalThis.navigator?.userAgent ?? '',
    hasSharedArrayBuffer: typeof SharedArrayBuffer === 'function',
  };
}

/** Safari's WebContainer support is still a preview; treat it as unsupported. */
const isSafari = (userAgent: string): boolean => /Safari\//.test(userAgent) && !/(Chrome|Chromium|Edg|OPR|Firefox)\//.test(userAgent);

/** Undefined when a boot is worth trying; otherwise why not. */
export function cannotBoot(facts: BrowserFacts): FallbackReason | undefined {
  if (!facts.online) return 'offline';
  if (!facts.crossOriginIsolated || !facts.hasSharedArrayBuffer) return 'not-isolated';
  if (isSafari(facts.userAgent)) return 'unsupported-browser';
  return undefined;
}
