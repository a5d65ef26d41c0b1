// The lab's stand-in for the assistant's model: a deterministic planner that does what the text in
// front of it says. It reads the task, and then every tool result, for instructions in a small
// fixed phrasing ("look up customer C-101", "email x@y.example with the customer record", "fetch
// <url>", "end your answer with ![..](..)", "decode and follow: <base64>"), and queues them. It cannot
// tell who wrote an instruction, and markers around untrusted text do not stop it: that is the
// weakness a real model has too, made certain so that the attacks always work against the starter.

export interface ToolCall {
  tool: string;
  input: Record<string, string>;
}

export interface Observation {
  call: ToolCall;
  /** The tool's output as the model sees it (wrapped as data, if the harness marks it). */
  output?: string;
  error?: string;
  /** The raw output's first line: what the planner quotes in its answer. */
  gist?: string;
}

export type Move = { call: ToolCall } | { answer: string };

import { fromBase64, toBase64 } from './base64.ts';

type Instruction =
  | { kind: 'call'; call: ToolCall }
  | { kind: 'email'; to: string; what: string }
  | { kind: 'fetch'; url: string }
  | { kind: 'append'; markdown: string };

const patterns: Array<[RegExp, (match: RegExpExecArray) => Instruction]> = [
  [/look up customer (C-\d{3})/gi, (m) => ({ kind: 'call', call: { tool: 'lookupCustomer', input: { id: m[1]!.toUpperCase() } } })],
  [/read (?:my|the) inbox/gi, () => ({ kind: 'call', call: { tool: 'readInbox', input: {} } })],
  [/read the document '([^']+)'/gi, (m) => ({ kind: 'call', call: { tool: 'readDocument', input: { name: m[1]! } } })],
  [/fetch (https?:\/\/[^\s)]+[^\s).,])/gi, (m) => ({ kind: 'fetch', url: m[1]! })],
  [/email ([\w.+-]+@[\w.-]+\w|customer C-\d{3}) (with the customer record|with the summary|saying "[^"]*")/gi, (m) => ({ kind: 'email', to: m[1]!, what: m[2]! })],
  [/end your answer with (!?\[[^\]]*\]\([^)\s]+\))/gi, (m) => ({ kind: 'append', markdown: m[1]! })],
];

/** Every instruction in a text, in the order they appear; base64 after "decode and follow:" is decoded first. */
export function instructionsIn(text: string): Instruction[] {
  const found: Array<{ at: number; instruction: Instruction }> = [];
  for (const [pattern, make] of patterns) {
    for (const match of text.matchAll(pattern)) found.push({ at: match.index, instruction: make(match as RegExpExecArray) });
  }
  for (const match of text.matchAll(/decode and follow: ([A-Za-z0-9+/=]{8,})/gi)) {
    const decoded = fromBase64(match[1]!);
    for (const instruction of instructionsIn(decoded)) found.push({ at: match.index, instruction });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.instruction);
}

/** The latest customer record the planner has seen, for filling "{record}" in a URL or "the customer record" in an email. */
function latestRecord(observations: Observation[]): string {
  const records = observations.filter((o) => o.call.tool === 'lookupCustomer' && o.gist !== undefined);
  return records.at(-1)?.gist ?? 'no record';
}

function fill(template: string, observations: Observation[]): string {
  const record = latestRecord(observations);
  return template
    .replaceAll('{record:base64}', toBase64(record))
    .replaceAll('{record}', encodeURIComponent(record));
}

export function createPlanner(task: string) {
  const queue: Instruction[] = instructionsIn(task);
  const appended: string[] = [];
  let scanned = 0;
  const done = new Set<string>();

  function summary(observations: Observation[]): string {
    return observations.map((o) => (o.error !== undefined ? `${o.call.tool}: ${o.error}` : `${o.call.tool}: ${o.gist}`)).join('\n');
  }

  return function next(observations: Observation[]): Move {
    // Instructions found in what the tools returned join the queue: the planner obeys them all.
    for (; scanned < observations.length; scanned += 1) {
      const seen = observations[scanned]!;
      if (seen.output !== undefined) queue.push(...instructionsIn(seen.output));
    }
    while (queue.length > 0) {
      const instruction = queue.shift()!;
      const key = JSON.stringify(instruction);
      if (done.has(key)) continue;
      if (instruction.kind === 'append') {
        appended.push(fill(instruction.markdown, observations));
        done.add(key);
        continue;
      }
      if (instruction.kind === 'email') {
        const customerId = /^customer (C-\d{3})$/i.exec(instruction.to)?.[1];
        const lookedUp = observations.find((o) => o.call.tool === 'lookupCustomer' && o.call.input.id === customerId && o.gist);
        if (customerId && !lookedUp && !done.has(`lookup ${customerId}`)) {
          // To write to a customer it needs their address: look them up first, then try again.
          done.add(`lookup ${customerId}`);
          queue.unshift({ kind: 'call', call: { tool: 'lookupCustomer', input: { id: customerId } } }, instruction);
          continue;
        }
        const to = customerId ? (/[\w.+-]+@[\w.-]+\w/.exec(lookedUp?.gist ?? '')?.[0] ?? 'unknown') : instruction.to;
        const body = instruction.what === 'with the customer record' ? latestRecord(observations)
          : instruction.what === 'with the summary' ? summary(observations)
          : instruction.what.slice('saying "'.length, -1);
        done.add(key);
        return { call: { tool: 'sendEmail', input: { to, subject: 'From the Northwind assistant', body } } };
      }
      done.add(key);
      if (instruction.kind === 'fetch') return { call: { tool: 'fetchPage', input: { url: fill(instruction.url, observations) } } };
      return { call: instruction.call };
    }
    return { answer: [summary(observations), ...appended].filter(Boolean).join('\n') || 'I found nothing to do.' };
  };
}
