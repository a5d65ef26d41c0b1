import { statSync } from 'node:fs';
import { join } from 'node:path';
import { printBookPath } from '../../../scripts/lib/pdf-paths.ts';

/**
 * Time to load the print route, which grows with the book: 30 s, plus 30 s per megabyte of its HTML.
 * On a 2-core machine its 1.9 MB loaded in 12 s at a load average of 4, and in over 60 s at 15.
 */
export const printRouteLoadMs = (): number => 30_000 + (statSync(join('dist', printBookPath, 'index.html')).size / 1_000_000) * 30_000;
