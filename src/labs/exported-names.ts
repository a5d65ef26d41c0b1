// The names a lab file exports, for the static view of a lab: a chapter page
// carries only the files the lab opens, and names what the others define so that
// search still finds a lab by an identifier in any of its files.
const exportPattern = /^export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;

/** The file's exported names, in order of appearance, each once, at most `limit` of them. */
export function exportedNames(source: string, limit = 12): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(exportPattern)) {
    if (match[1]) names.add(match[1]);
    if (names.size === limit) break;
  }
  return [...names];
}
