// Finds a Chromium for Playwright without ever downloading one: Playwright's own
// build where installed, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const systemChromium = '/usr/bin/chromium';

// Chromium's background services call Google hosts; on a closed network those
// calls fail noisily, so they are switched off.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | undefined {
  const bundled = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
  if (bundled && existsSync(bundled)) return undefined; // Playwright uses its own.
  if (existsSync(systemChromium)) return systemChromium;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)\n' +
      '  elsewhere:     npx playwright install chromium    (needs internet)\n',
  );
}

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
