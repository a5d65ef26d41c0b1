// The pieces of Markdown a chunker must respect: fenced code blocks, which are never
// cut, and paragraphs (a table or a list without blank lines is one paragraph).

/** A fence line opens or closes a code block: three or more backticks or tildes, perhaps indented. */
const fencePattern = /^\s*(`{3,}|~{3,})/;

/**
 * Returns a function to feed a document's lines to, in order. It answers true for every
 * line of a fenced code block, the two fence lines included, so that "## Setup" inside
 * a shell example is not mistaken for a heading.
 */
export function codeFenceTracker(): (line: string) => boolean {
  let open: string | undefined;
  return (line) => {
    const fence = line.match(fencePattern)?.[1];
    if (open === undefined) {
      if (fence) open = fence;
      return open !== undefined;
    }
    // A fence closes only with the same character, at least as long as the one that opened it.
    if (fence && fence[0] === open[0] && fence.length >= open.length) open = undefined;
    return true;
  };
}

export interface Block {
  kind: 'code' | 'text';
  text: string;
}

/** A section's body as blocks: each fenced code block whole, and the paragraphs between them. */
export function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  const inCode = codeFenceTracker();
  let lines: string[] = [];
  let kind: Block['kind'] = 'text';
  const flush = () => {
    const text = lines.join('\n').trim();
    if (text) blocks.push({ kind, text });
    lines = [];
  };
  for (const line of body.split('\n')) {
    const code = inCode(line);
    if (code && kind === 'text') {
      flush();
      kind = 'code';
    } else if (!code && kind === 'code') {
      flush();
      kind = 'text';
    }
    if (kind === 'text' && line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return blocks;
}
