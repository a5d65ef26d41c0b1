// `npm run new-lab -- <slug>`: scaffolds labs/<slug>/ that passes `npm run check:labs` as it stands.
import { join } from 'node:path';
import { scaffoldLab } from './lib/scaffold-lab.ts';
import { loadLabsOrExit } from './lib/load-labs-or-exit.ts';

const slug = process.argv[2];
if (!slug) {
  console.error('Usage: npm run new-lab -- <slug>   (for example: npm run new-lab -- token-budget)');
  process.exit(1);
}
try {
  const dir = scaffoldLab(join(process.cwd(), 'labs'), slug);
  console.log(`Created ${dir}.`);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}
// The new lab sits among the others: report every problem any of them has (a clash of names, say).
loadLabsOrExit();
console.log(`Next:
  1. npm install                    (links the new workspace)
  2. edit lab.json, src/, solution/, test/ and README.md
  3. npm run check:labs -- ${slug}   (the starter must fail its tests, the solution pass them)
  4. embed it in a chapter: <Lab slug="${slug}" />`);
