import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import type { BenchContext, BenchFigure } from './types.ts';

interface Weight {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
}

/** Bytes of JS and CSS a page loads in Chromium before any interaction. */
export async function pageWeight(baseUrl: string, path: string): Promise<Weight> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const bodies: Array<Promise<{ type: string; body: Buffer }>> = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') bodies.push(response.body().then((body) => ({ type, body })));
    });
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    const weight: Weight = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0 };
    for (const { type, body } of await Promise.all(bodies)) {
      const gzip = gzipSync(body).length;
      if (type === 'script') {
        weight.jsRaw += body.length;
        weight.jsGzip += gzip;
      } else {
        weight.cssRaw += body.length;
        weight.cssGzip += gzip;
      }
    }
    return weight;
  } finally {
    await browser.close();
  }
}

export async function measurePageWeights({ baseUrl }: BenchContext, pages: Record<string, string>): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const [label, path] of Object.entries(pages)) {
    const weight = await pageWeight(baseUrl, path);
    figures.push(
      { name: `${label}: JS raw`, value: weight.jsRaw, unit: 'bytes' },
      { name: `${label}: JS gzip`, value: weight.jsGzip, unit: 'bytes' },
      { name: `${label}: CSS raw`, value: weight.cssRaw, unit: 'bytes' },
      { name: `${label}: CSS gzip`, value: weight.cssGzip, unit: 'bytes' },
    );
  }
  return figures;
}
