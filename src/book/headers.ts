// Cross-origin isolation: the WebContainer runner needs it, and every server the
// project runs (dev, npm start, tests, PDF export) sends the same pair.
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;
