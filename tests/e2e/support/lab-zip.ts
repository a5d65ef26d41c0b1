import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { WorkbenchDriver } from './workbench.ts';
import { writeFiles } from '../../../scripts/lib/materialize-lab.ts';

/** Downloads the lab's zip from the page and unpacks it into `root`/`into`; returns that folder. */
export async function downloadLabZip(wb: WorkbenchDriver, slug: string, root: string, into: string): Promise<string> {
  const [download] = await Promise.all([wb.page.waitForEvent('download'), wb.button('Download .zip').click()]);
  expect(download.suggestedFilename()).toBe(`${slug}.zip`);
  const zipPath = join(root, `${into}.zip`);
  await download.saveAs(zipPath);
  const entries = unzipSync(readFileSync(zipPath));
  const files = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name.replace(`${slug}/`, ''), strFromU8(bytes)]));
  return writeFiles(join(root, into), files);
}
