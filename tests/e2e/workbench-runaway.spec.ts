// Runaway lab code in the quick runner: endless loops, floods of output, one
// enormous line. The page must stay responsive while it runs, Stop and the
// timeout must remove the sandbox, and the output cap must say what it dropped.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, sandboxWorkers, WorkbenchDriver } from './support/workbench.ts';

const slug = 'streaming-client';
const path = labPages()[slug];
const { timeoutMs } = JSON.parse(readFileSync(`labs/${slug}/lab.json`, 'utf8')) as { timeoutMs: number };

/** The lab's stdout as shown in the panel. */
const shownStdout = (wb: WorkbenchDriver) => wb.output.locator('.wb-stdout').evaluateAll((spans) => spans.map((span) => span.textContent ?? '').join(''));

/** Resolves after the page has painted another frame, with the workbench's status at that moment. */
const statusAtNextFrame = (page: Page) =>
  page.evaluate(() => new Promise<string>((resolve) => requestAnimationFrame(() => resolve(document.querySelector('.wb-status')?.textContent ?? ''))));

test.describe('runaway code in the in-page runner', () => {
  test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);

  test.beforeEach(({ page }) => freshLabPage(page, path ?? '/'));

  test('Stop and the lab’s own timeout end the worker running an endless loop; the sandbox stays, and the next run gets a fresh worker', async ({ page }) => {
    expect(timeoutMs, 'this lab should set its own timeoutMs in lab.json, not the default').not.toBe(10_000);
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/main.ts');
    await wb.replaceCode('console.log("looping");\nwhile (true) {}\n');
    // The sandbox starts a worker ahead of each run: that worker runs the next one.
    await expect(wb.sandboxes.and(page.locator('[data-ready]'))).toHaveCount(1);
    const sandbox = await wb.sandboxes.elementHandle();
    const nextWorker = async () => {
      await expect.poll(() => sandboxWorkers(page).length).toBeGreaterThan(0);
      const worker = sandboxWorkers(page).at(-1)!;
      const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
      return { worker, closed };
    };
    const first = await nextWorker();
    await wb.button('Run').click();
    await expect(wb.output).toContainText('looping');
    await wb.button('Stop').click();
    await expect(wb.status).toContainText('Stopped', { timeout: 5_000 });
    await first.closed;
    expect(await sandbox?.evaluate((frame) => frame.isConnected), 'the sandbox was not kept for the next run').toBe(true);

    const second = await nextWorker();
    expect(second.worker).not.toBe(first.worker);
    await wb.button('Run').click();
    await expect(wb.status).toContainText(`longer than its ${timeoutMs / 1000} s limit`, { timeout: timeoutMs + 15_000 });
    await expect(wb.output).toContainText(`Stopped after ${timeoutMs / 1000} s`);
    await second.closed;

    await wb.replaceCode('console.log("alive again");\n');
    await wb.run();
    await expect(wb.output).toContainText('alive again');
    expect(await sandbox?.evaluate((frame) => frame.isConnected)).toBe(true);
  });

  test('output written just before a blocking loop reaches the page', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.startCode('console.log("a");\nconsole.log("b");\nwhile (true) {}\n');
    await expect.poll(() => shownStdout(wb)).toBe('a\nb\n');
    await wb.button('Stop').click();
    await expect(wb.status).toContainText('Stopped');
  });

  test('an endless flood: the page answers while it runs, Stop ends it, and the note says how much was dropped', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.startCode('for (let i = 0; ; i++) console.log("line " + i);\n');
    await expect(wb.output).toContainText('line 4999');
    // Probes during the flood: a painted frame and a click both go through while the run goes on.
    expect(await statusAtNextFrame(page)).toBe('Running…');
    await wb.button('Stop').click();
    await expect(wb.status).toContainText(/^Stopped after [\d.]+ s\. Output was capped: at least [\d,]+ more output lines/, { timeout: 5_000 });
    const dropped = Number(/at least ([\d,]+) more/.exec((await wb.status.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
    expect(dropped).toBeGreaterThan(0);
    expect((await shownStdout(wb)).split('\n').length).toBeLessThanOrEqual(5_001);
  });

  test('a million lines: frames keep painting during the run, and the note counts every dropped line', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('src/main.ts');
    await wb.replaceCode('for (let i = 0; i < 1_000_000; i++) console.log("line " + i);\nconsole.log("finished");\n');
    // Count the frames painted while the run is going and its output is arriving.
    await page.evaluate(() => {
      const scope = window as unknown as { framesDuringFlood: number };
      scope.framesDuringFlood = 0;
      const tick = () => {
        const running = document.querySelector('.wb-status')?.textContent === 'Running…';
        if (running && document.querySelector('.wb-log .wb-stdout')) scope.framesDuringFlood++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await wb.run();
    expect(await page.evaluate(() => (window as unknown as { framesDuringFlood: number }).framesDuringFlood)).toBeGreaterThan(0);
    const shownLines = (await shownStdout(wb)).split('\n').length - 1;
    expect(shownLines).toBeGreaterThan(0);
    await expect(wb.status).toContainText(`Output was capped: ${(1_000_001 - shownLines).toLocaleString('en')} more output lines`);
  });

  test('one enormous line without a newline is capped too, and the note counts its characters', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    const tail = '\nafter the long line\n';
    await wb.runCode(`process.stdout.write("x".repeat(5_000_000));\nprocess.stdout.write(${JSON.stringify(tail)});\n`);
    const shown = (await shownStdout(wb)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(500_000);
    await expect(wb.status).toContainText(`Output was capped: 1 more output line (${(5_000_000 + tail.length - shown).toLocaleString('en')} characters) was dropped`);
  });

  test('an allocation that cannot be made ends the run as out of memory, not as an endless loop', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    // A string that doubles until V8 cannot make it longer.
    await wb.runCode('let text = "x";\nfor (;;) text += text;\n');
    await expect(wb.status).toContainText('the lab ran out of memory');
    await expect(wb.output).toContainText('RangeError');
    await expect(wb.status).not.toContainText('endless loop');
  });

  test('a run that took the whole page down is explained when the page comes back; a normal reload mid-run is not', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.startCode('while (true) {}\n');
    await page.reload();
    await wb.open();
    await expect(wb.status).not.toContainText('crashed');
    // A crash leaves the mark of the run in the tab's sessionStorage, with no pagehide to clear it.
    await page.addInitScript((key) => sessionStorage.setItem(key, new Date().toISOString()), `ai-roadmap:lab:${slug}:run-in-progress:v1`);
    await page.reload();
    await wb.open();
    await expect(wb.status).toContainText('The page crashed during the last run of this lab');
    await expect(wb.output).toContainText('most likely because the lab filled its memory');
  });
});
