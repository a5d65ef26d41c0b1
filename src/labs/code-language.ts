/** The highlighter language of a lab file, from its extension. */
export const codeLanguage = (path: string): string => ({ ts: 'ts', js: 'js', json: 'json', md: 'md' })[path.split('.').pop() ?? ''] ?? 'txt';
