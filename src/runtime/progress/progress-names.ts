// The names progress is kept and announced under, apart from the store so that a page can check for
// stored progress without loading it (see progress-boot.ts).
export const progressKey = 'ai-roadmap:progress:v1';
export const progressEvent = 'ai-roadmap:progress';
