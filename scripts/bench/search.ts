// Search figures: time from the last keystroke to results on screen (median),
// and the bytes the first search transfers (Pagefind's index, wasm and fragments).
import { chromium, type Request } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { median } from './figures.ts';
import type { BenchContext, BenchFigure } from './types.ts';

const queries = ['streaming', 'tokens', 'retry', 'cost', 'embedding', 'engineer', 'backoff', 'stand-in'];
/** How long one search may take before the bench gives up on it. */
const searchTimeoutMs = 10_000;

export async function measureSearch({ baseUrl }: BenchContext): Promise<BenchFigure[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(new URL('/', baseUrl).href, { waitUntil: 'networkidle' });
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await input.waitFor({ state: 'attached' });
    // One listener for the whole run: it notes when the latest key went down.
    await page.evaluate(() => {
      document.addEventListener('keydown', () => ((window as unknown as { lastKey: number }).lastKey = performance.now()), { capture: true });
    });

    // Bytes as they came over the wire (encoded bodies), for the requests the first search makes.
    const firstSearch: Promise<number>[] = [];
    let counting = true;
    const count = (request: Request) => {
      if (counting && new URL(request.url()).pathname.startsWith('/pagefind/')) firstSearch.push(request.sizes().then((sizes) => sizes.responseBodySize));
    };
    page.on('requestfinished', count);

    await page.keyboard.press('ControlOrMeta+k');
    const times: number[] = [];
    for (const [index, query] of queries.entries()) {
      await input.fill('');
      await page.keyboard.type(query, { delay: 30 });
      const outcome = await page
        .waitForFunction(
          (text) => {
            const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
            if (!message.includes(text)) return false;
            if (!document.querySelector('.pagefind-ui__result')) return message.startsWith('No results') ? { none: true } : false;
            return { elapsed: performance.now() - (window as unknown as { lastKey: number }).lastKey };
          },
          query,
          { timeout: searchTimeoutMs, polling: 'raf' },
        )
        .then((handle) => handle.jsonValue() as Promise<{ elapsed?: number; none?: boolean }>)
        .catch(() => ({ timedOut: true }) as const);
      if ('timedOut' in outcome) throw new Error(`bench: searching for "${query}" showed no results within ${searchTimeoutMs / 1000} s.`);
      if (outcome.none || outcome.elapsed === undefined) throw new Error(`bench: searching for "${query}" found nothing; choose a query the book contains.`);
      times.push(outcome.elapsed);
      if (index === 0) {
        await page.waitForLoadState('networkidle');
        counting = false;
      }
    }
    page.off('requestfinished', count);
    const firstSearchBytes = (await Promise.all(firstSearch)).reduce((sum, bytes) => sum + bytes, 0);
    return [
      { name: `search: last keystroke → results shown (median of ${times.length})`, value: Math.round(median(times)), unit: 'ms' },
      { name: 'search: bytes transferred by the first search', value: firstSearchBytes, unit: 'bytes' },
    ];
  } finally {
    await browser.close();
  }
}
