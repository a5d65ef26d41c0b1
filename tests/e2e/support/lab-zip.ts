import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { WorkbenchDriver } from './workbench.ts';
import { spawnSync } from 'node:child_process';
import { writeFiles } from '../../../scripts/lib/materialize-lab.ts';
import { runLabTests } from '../../../scripts/lib/run-lab-tests.ts';

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

/** Installs both unpacked projects as a learner would, then checks that npm test fails on the starter and passes when solved. */
export async function expectStandaloneTests(starterDir: string, solvedDir: string): Promise<void> {
  for (const dir of [starterDir, solvedDir]) {
    const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
  }
  const solved = await runLabTests(solvedDir);
  expect(solved.fail, solved.output).toBe(0);
  expect(solved.pass).toBeGreaterThan(0);
  const starter = await runLabTests(starterDir);
  expect(starter.fail).toBeGreaterThan(0);
}
