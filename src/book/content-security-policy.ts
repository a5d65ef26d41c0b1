// The Content-Security-Policy of the site's pages, delivered as a <meta> element
// that the build writes into every page (see csp-integration.ts).
//
// Its script-src lists the hash of every inline script the build produced, and
// nothing inline else. It must also allow what the lab sandbox needs, because a
// srcdoc frame inherits its page's policy (and a blob: worker its document's):
// the sandbox's boot script (by hash), blob: workers, eval for the lab's modules
// and WebAssembly. The sandbox adds its own, narrower policy on top (see
// src/runtime/runners/in-page/sandbox-frame.ts): there, lab code may connect
// only to the chosen model provider.
import { createHash } from 'node:crypto';
import { bootScript } from '../runtime/runners/in-page/boot-script.ts';

export const scriptHash = (source: string): string => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

// Where a WebContainer boots from (its headless iframe and the previews it serves).
const webContainerFrames = ['https://stackblitz.com', 'https://*.stackblitz.com', 'https://*.stackblitz.io', 'https://*.staticblitz.com', 'https://*.webcontainer.io', 'https://*.webcontainer-api.io'];

/** The policy for pages whose inline scripts have these sources. */
export function pagePolicy(inlineScripts: Iterable<string>): string {
  const hashes = [...new Set([...inlineScripts, bootScript].map(scriptHash))].sort();
  return [
    "default-src 'self'",
    // 'unsafe-eval' and blob: are for the lab sandbox's worker; 'wasm-unsafe-eval' for Pagefind and the labs' WebAssembly.
    `script-src 'self' ${hashes.join(' ')} 'unsafe-eval' 'wasm-unsafe-eval' blob:`,
    // Starlight's icons, Expressive Code and the output panel's ANSI colours use style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // The learner's model provider (any http or https address, Ollama on a LAN included) and GitHub's API.
    "connect-src 'self' https: http:",
    "worker-src 'self' blob:",
    `frame-src 'self' ${webContainerFrames.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    // Open in StackBlitz posts a form to stackblitz.com.
    "form-action 'self' https://stackblitz.com",
    "manifest-src 'self'",
  ].join('; ');
}

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const executableType = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** The text of each inline script the browser would run (not src= scripts, not JSON data blocks). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(scriptElement)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (executableType.test(type)) found.push(body);
  }
  return found;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page with the policy as the first element after its charset (before any script). */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  // A page without <head> (Astro's redirect pages) has an implied one: the policy goes right after the doctype.
  const start = /<head\b[^>]*>/i.exec(html) ?? /^\s*<!doctype html>/i.exec(html);
  if (!start) throw new Error('A built page has neither a <head> nor a doctype to put its Content-Security-Policy after.');
  return html.slice(0, start.index + start[0].length) + meta + html.slice(start.index + start[0].length);
}
