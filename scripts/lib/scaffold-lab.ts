import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slugPattern } from '../../src/labs/manifest.ts';

/** Stops a Node that cannot run TypeScript with one line saying what to do (labs/_kit/check-node.cjs). */
export const checkNode = '--require @ai-roadmap/kit/check-node';

const titleFromSlug = (slug: string): string => slug.replace(/-/g, ' ').replace(/^./, (letter) => letter.toUpperCase());

/** The files of a new lab: one TODO, one test that fails on the starter and passes on the solution. */
export function scaffoldFiles(slug: string): Record<string, string> {
  const title = titleFromSlug(slug);
  const greet = (body: string) => `/** Returns a greeting for \`name\`, like "Hello, Ada!". */\nexport function greet(name: string): string {\n${body}}\n`;
  return {
    'lab.json': `${JSON.stringify(
      {
        title,
        stage: 1,
        summary: `TODO: one line on what the learner builds in ${title}.`,
        minutes: 20,
        entry: 'src/main.ts',
        open: ['src/greet.ts', 'src/main.ts'],
        tasks: [
          {
            task: 'Make `greet` return "Hello, <name>!".',
            hints: ['Read the failing test first: which name does it pass, and what does it expect back?', 'A template literal puts the name inside the string.'],
          },
        ],
      },
      null,
      2,
    )}\n`,
    'package.json': `${JSON.stringify(
      {
        name: `@ai-roadmap-labs/${slug}`,
        version: '0.1.0',
        private: true,
        type: 'module',
        scripts: { start: `node ${checkNode} src/main.ts`, test: `node ${checkNode} --test test/*.test.ts` },
        dependencies: { '@ai-roadmap/kit': 'file:../_kit' },
      },
      null,
      2,
    )}\n`,
    'README.md': `# ${title}\n\nTODO: what this lab teaches.\n\n## Run it\n\n\`\`\`sh\nnpm install\nnpm start\nnpm test\n\`\`\`\n\n## What the stand-in model cannot show\n\nTODO.\n`,
    'src/greet.ts': greet(`  // TODO: build the greeting from \`name\`.\n  return '';\n`),
    'src/main.ts': `import { greet } from './greet.ts';\n\nconsole.log(greet('world'));\n`,
    'solution/src/greet.ts': greet('  return `Hello, ${name}!`;\n'),
    'test/greet.test.ts': `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { greet } from '../src/greet.ts';\n\ntest('greet says hello to the name it is given', () => {\n  assert.equal(greet('Ada'), 'Hello, Ada!');\n});\n`,
  };
}

/** Writes a new lab folder; refuses a bad slug or an existing folder. Returns the folder. */
export function scaffoldLab(labsRoot: string, slug: string): string {
  if (!slugPattern.test(slug)) throw new Error(`new-lab: "${slug}" is not a valid slug; use lower-case words joined by hyphens, like "token-budget".`);
  const dir = join(labsRoot, slug);
  if (existsSync(dir)) throw new Error(`new-lab: ${dir} already exists.`);
  for (const [path, content] of Object.entries(scaffoldFiles(slug))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
