import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NpmInstallOutput } from '../../src/runtime/runners/webcontainer/install-progress.ts';
import { describeProgress } from '../../src/runtime/workbench/runner-notice.ts';

// Real `npm install --loglevel=http` output (npm 11), with a terminal's colours on one line.
const npmOutput = [
  'npm http fetch GET 200 https://registry.npmjs.org/zod 142ms (cache updated)\n',
  'npm \u001b[32mhttp\u001b[39m fetch GET 200 https://registry.npmjs.org/fflate 81ms (cache miss)\n',
  'npm http fetch GET 200 https://registry.npmjs.org/fflate/-/fflate-0.8.3.tgz 132ms (cache updated)\n',
  'npm http fetch GET 200 https://registry.npmjs.org/zod/-/zod-4.6.7.tgz 868ms (cache updated)\n',
  '\n',
  'added 2 packages in 2s\n',
].join('');

test('npm’s http log counts fetched tarballs, not metadata, however the output is chunked, and the rest is shown', () => {
  for (const chunk of [npmOutput.length, 7, 1]) {
    const shown: string[] = [];
    const counts: number[] = [];
    const reader = new NpmInstallOutput((text) => shown.push(text), (count) => counts.push(count));
    for (let offset = 0; offset < npmOutput.length; offset += chunk) reader.push(npmOutput.slice(offset, offset + chunk));
    reader.end();
    assert.deepEqual(counts, [1, 2], `chunks of ${chunk}`);
    assert.equal(reader.total, 2);
    assert.equal(shown.join(''), '\nadded 2 packages in 2s\n');
  }
});

test('the status line names the phase, the packages done and the seconds', () => {
  assert.equal(describeProgress({ phase: 'booting', elapsedMs: 1234 }), 'Starting Node… 1.2 s');
  assert.equal(describeProgress({ phase: 'installing', elapsedMs: 500 }), 'npm install… 0.5 s');
  assert.equal(describeProgress({ phase: 'installing', elapsedMs: 3500, packages: 1 }), 'npm install: 1 package fetched… 3.5 s');
  assert.equal(describeProgress({ phase: 'installing', elapsedMs: 3500, packages: 34 }), 'npm install: 34 packages fetched… 3.5 s');
  assert.equal(describeProgress({ phase: 'installed', elapsedMs: 12_340, packages: 120 }), 'Installed 120 packages in 12.3 s.');
});
