// Search figures: time from the last keystroke to results on screen (median),
// and the bytes the first search fetches (Pagefind's index, wasm and fragments).
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { median } from './build-time.ts';
import type { BenchContext, BenchFigure } from './types.ts';

const queries = ['streaming', 'tokens', 'retry', 'cost', 'embedding', 'engineer', 'backoff', 'stand-in'];

export async function measureSearch({ baseUrl }: BenchContext): Promise<BenchFigure[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(new URL('/', baseUrl).href, { waitUntil: 'networkidle' });
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await input.waitFor({ state: 'attached' });
    let firstSearchBytes = 0;
    let counting = true;
    page.on('response', (response) => {
      if (!counting || !new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      void response.body().then((body) => (firstSearchBytes += body.length)).catch(() => {});
    });
    await page.keyboard.press('ControlOrMeta+k');
    const times: number[] = [];
    for (const [index, query] of queries.entries()) {
      await input.fill('');
      await page.evaluate(() => {
        const log = window as unknown as { lastKey: number };
        document.addEventListener('keydown', () => (log.lastKey = performance.now()), { capture: true });
      });
      await page.keyboard.type(query, { delay: 30 });
      const elapsed = await page.evaluate(
        (text) =>
          new Promise<number>((resolve) => {
            const check = () => {
              const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
              if (message.includes(text) && document.querySelector('.pagefind-ui__result')) resolve(performance.now() - (window as unknown as { lastKey: number }).lastKey);
              else requestAnimationFrame(check);
            };
            check();
          }),
        query,
      );
      times.push(elapsed);
      if (index === 0) {
        await page.waitForLoadState('networkidle');
        counting = false;
      }
    }
    return [
      { name: `search: last keystroke → results shown (median of ${times.length})`, value: Math.round(median(times)), unit: 'ms' },
      { name: 'search: bytes fetched by the first search', value: firstSearchBytes, unit: 'bytes' },
    ];
  } finally {
    await browser.close();
  }
}
