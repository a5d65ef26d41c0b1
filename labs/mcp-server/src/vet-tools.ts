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

/** The problems in one piece of tool text. `otherTools`: names of every tool except the one being checked. */
export function problemsIn(text: string, otherTools: string[]): Problem[] {
  // TODO: return each Problem the text shows, using one regular expression (or
  // test) per kind. Look at src/toolbox-server.ts for what each kind looks like,
  // and check that the helpdesk's honest descriptions show none of them.
  return [];
}

/**
 * Every tool with at least one problem. `knownTools` is every tool name the
 * host can call, from all its servers: a description that names one of them
 * (other than its own tool) is trying to steer the model's use of it.
 */
export function vetTools(tools: Tool[], knownTools: string[] = tools.map((tool) => tool.name)): Finding[] {
  // TODO: for each tool, run problemsIn over every text in textsOf(tool)
  // (except its name) and report the tool once, with each problem once.
  return [];
}
