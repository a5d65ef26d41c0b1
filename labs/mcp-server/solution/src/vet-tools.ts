// The host's check on every tool a server offers, run before the model sees
// the list. It looks for the marks of tool poisoning; a tool with any of them
// is refused. It is a filter of known tricks, not a proof of safety.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { textsOf } from './tool-text.ts';

export type Problem =
  | 'hidden-markup' // <IMPORTANT>, <system>, an HTML comment: text dressed as instructions
  | 'secret-path' // ~/.ssh, id_rsa, .env, mcp.json, credentials files
  | 'concealment' // "do not tell the user"
  | 'names-another-tool' // instructions about a tool other than itself
  | 'invisible-text'; // zero-width, bidirectional or tag characters

export interface Finding {
  tool: string;
  problems: Problem[];
}

const hiddenMarkup = /<\s*\/?\s*(important|system|instructions?|secret|hidden|admin)\b[^>]*>|<!--/i;
const secretPath = /~\/\.ssh|\bid_(rsa|ed25519|ecdsa)\b|(^|[\s/'"`])\.env\b|\bmcp\.json\b|\.aws\/credentials|\.npmrc\b|\bprivate key\b/i;
const concealment = /\b(do not|don't|never|without)\s+(tell|telling|mention|mentioning|inform|informing|show|showing|reveal|revealing|alert|alerting)\b[^.]*\b(user|human|them)\b/i;
// Zero-width and joiner characters, bidirectional controls, invisible operators, the BOM, and the tag block.
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/u;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The problems in one piece of tool text. `otherTools`: names of every tool except the one being checked. */
export function problemsIn(text: string, otherTools: string[]): Problem[] {
  const problems: Problem[] = [];
  if (hiddenMarkup.test(text)) problems.push('hidden-markup');
  if (secretPath.test(text)) problems.push('secret-path');
  if (concealment.test(text)) problems.push('concealment');
  if (otherTools.some((name) => new RegExp(`(^|[^\\w-])${escapeRegExp(name)}($|[^\\w-])`).test(text))) problems.push('names-another-tool');
  if (invisible.test(text)) problems.push('invisible-text');
  return problems;
}

/**
 * Every tool with at least one problem. `knownTools` is every tool name the
 * host can call, from all its servers: a description that names one of them
 * (other than its own tool) is trying to steer the model's use of it.
 */
export function vetTools(tools: Tool[], knownTools: string[] = tools.map((tool) => tool.name)): Finding[] {
  const findings: Finding[] = [];
  for (const tool of tools) {
    const others = knownTools.filter((name) => name !== tool.name);
    const found = new Set<Problem>();
    for (const { where, text } of textsOf(tool)) {
      if (where === 'name') continue;
      for (const problem of problemsIn(text, others)) found.add(problem);
    }
    if (found.size > 0) findings.push({ tool: tool.name, problems: [...found] });
  }
  return findings;
}
