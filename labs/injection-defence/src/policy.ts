import type { ToolCall } from './planner.ts';
import type { Labels } from './tools.ts';
import type { World } from './world.ts';

// The rules the harness enforces around the model, whatever the model asks for.

/** What the run's context holds so far: the union of the labels of everything the model has read. */
export interface Taint {
  untrusted: boolean;
  private: boolean;
}

export type Verdict = { allowed: true } | { allowed: false; reason: string };

/** Northwind's own sites: northwind.example and its subdomains. */
export const ownDomain = 'northwind.example';

// TODO(task 1): least privilege for the tools that reach out. fetchPage may reach only Northwind's own
// sites (northwind.example and its subdomains); sendEmail may write only to Northwind staff
// (…@northwind.example) and to customers on file. Beware look-alikes such as evilnorthwind.example.
export function allowedUrl(url: string): boolean {
  void url;
  return true;
}

export function allowedRecipient(address: string, world: World): boolean {
  void address;
  void world;
  return true;
}

// TODO(task 2): wrap untrusted text so that it reaches the model marked as data, with its source, and
// so that the text cannot close the marker itself. (This helps a real model somewhat; the planner
// stand-in ignores it, as a determined attack would.)
export function asData(source: string, text: string): string {
  void source;
  return text;
}

// TODO(task 3): the lethal trifecta. Once the context holds private data and untrusted content, no
// outbound call may run: refuse it with a reason the model (and the user) can read.
export function checkOutbound(call: ToolCall, labels: Labels, taint: Taint): Verdict {
  void call;
  void labels;
  void taint;
  return { allowed: true };
}
