/** The highlighter language of a lab file, from its extension. */
export const codeLanguage = (path: string): string => ({ ts: 'ts', js: 'js', mjs: 'js', json: 'json', md: 'md', py: 'python' })[path.split('.').pop() ?? ''] ?? 'txt';
