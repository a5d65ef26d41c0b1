// Fails when the built site has a broken internal link or an image without alt text.
import { checkDist, formatProblems } from './lib/check-dist.ts';

const dist = process.argv[2] ?? 'dist';
const problems = await checkDist(dist);
if (problems.length > 0) {
  console.error(`check-dist: ${problems.length} problem(s) in ${dist}/:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`check-dist: every internal link and image in ${dist}/ is sound.`);
