import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const validManifest = {
  title: 'Fixture lab',
  stage: 1,
  summary: 'A lab used by the unit tests.',
  minutes: 10,
  entry: 'src/main.ts',
  open: ['src/main.ts'],
  tasks: ['Make the test pass.'],
};

export const validFiles = (name: string): Record<string, string> => ({
  'lab.json': JSON.stringify(validManifest),
  'package.json': JSON.stringify({ name, scripts: { start: 'node src/main.ts', test: 'node --test test/*.test.ts' } }),
  'README.md': '# Fixture',
  'src/main.ts': 'export const answer = 0; // TODO',
  'solution/src/main.ts': 'export const answer = 42;',
  'test/main.test.ts': "import test from 'node:test';",
});

/** A repository root holding labs/<slug>/ folders with the given files; returns the labs/ path. */
export function labsFixture(labs: Record<string, Record<string, string | undefined>>): string {
  const root = mkdtempSync(join(tmpdir(), 'labs-'));
  for (const [slug, files] of Object.entries(labs)) {
    for (const [path, content] of Object.entries(files)) {
      if (content === undefined) continue;
      const file = join(root, 'labs', slug, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  return join(root, 'labs');
}
