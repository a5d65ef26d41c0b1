// The frames of an error's stack, in the two forms browsers write them:
// V8's "    at fn (file:line:column)" and Firefox's and Safari's "fn@file:line:column".
export interface RawFrame {
  /** The function's name as the engine gives it; undefined for top-level and anonymous code. */
  fn?: string;
  url: string;
  line: number;
  column: number;
}

const v8Frame = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;
const otherFrame = /^\s*([^@\s]*)@(.+?):(\d+):(\d+)$/;
/** Names an engine gives code that has no name of its own. */
const anonymous = new Set(['', 'eval', '<anonymous>', 'Object.<anonymous>', 'async eval', 'global code', 'module code']);

function frameName(name: string | undefined): string | undefined {
  // "Object.f" is a function exported from a module (Node says "Module.f"): the name alone reads better.
  const trimmed = (name ?? '').replace(/^async /, '').replace(/ \[as [^\]]+\]$/, '').replace(/^Object\.(?!<)/, '');
  return anonymous.has(trimmed) ? undefined : trimmed;
}

/** The frames of `stack`, innermost first; lines that are not frames (the message) are skipped. */
export function parseStack(stack: string): RawFrame[] {
  const frames: RawFrame[] = [];
  for (const line of stack.split('\n')) {
    const match = v8Frame.exec(line) ?? otherFrame.exec(line);
    if (!match) continue;
    const [, name, url = '', lineText = '0', columnText = '0'] = match;
    const fn = frameName(name);
    frames.push({ ...(fn === undefined ? {} : { fn }), url, line: Number(lineText), column: Number(columnText) });
  }
  return frames;
}
