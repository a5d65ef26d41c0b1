// The tokenizer is loaded the first time something counts tokens: its rank
// table is most of the kit's size (about 450 KB gzipped), and a lab that never
// calls a model or counts a token should not wait for it. Labs that count
// tokens themselves import '@ai-roadmap/kit/tokens', which loads it at once.
export type Tokenizer = typeof import('./tokens.ts');

let loading: Promise<Tokenizer> | undefined;

export const loadTokenizer = (): Promise<Tokenizer> => (loading ??= import('./tokens.ts'));
