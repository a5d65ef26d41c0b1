import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportToGitHub, GitHubExportError, type GitHubStep } from '../../src/runtime/export/github.ts';
import { startFakeGitHub } from './support/fake-github.ts';

const files = { 'package.json': '{"name":"lab"}', 'src/main.ts': 'console.log(1)', 'kit/src/index.ts': 'export {}' };

test('a new repository gets every file in one commit, and main moves to it', async (t) => {
  const github = await startFakeGitHub({ token: 'good' });
  t.after(github.close);
  const steps: GitHubStep[] = [];
  const result = await exportToGitHub({ apiBase: `${github.apiBase}/`, token: 'good', name: 'cost-curve', private: false, files, onStep: (step) => steps.push(step) });
  assert.equal(result.url, 'https://github.example/octo/cost-curve');
  assert.equal(github.trees.length, 1);
  assert.deepEqual(
    github.trees[0]?.tree.map((entry) => [entry.path, entry.content]),
    Object.entries(files),
  );
  assert.equal(github.trees[0]?.base_tree, 'tree-of-c0');
  assert.deepEqual(github.commits[0]?.parents, ['c0']);
  assert.equal(github.head('cost-curve'), result.commitSha);
  assert.deepEqual(steps, ['creating the repository', 'reading the first commit', 'uploading the files', 'committing', 'moving main to the new commit', 'done']);
});

test('a bad token is a 401 with a clear message', async (t) => {
  const github = await startFakeGitHub({ token: 'good' });
  t.after(github.close);
  await assert.rejects(exportToGitHub({ apiBase: github.apiBase, token: 'wrong', name: 'x', private: false, files }), (error: unknown) => {
    assert.ok(error instanceof GitHubExportError);
    assert.equal(error.kind, 'bad-token');
    assert.equal(error.status, 401);
    assert.match(error.message, /did not accept the token/);
    return true;
  });
});

test('a missing permission is a 403 that names the permissions needed', async (t) => {
  const github = await startFakeGitHub({ token: 'good', forbidCreate: true });
  t.after(github.close);
  await assert.rejects(exportToGitHub({ apiBase: github.apiBase, token: 'good', name: 'x', private: false, files }), (error: unknown) => {
    assert.ok(error instanceof GitHubExportError);
    assert.equal(error.kind, 'missing-permission');
    assert.match(error.message, /Administration: write and Contents: write/);
    return true;
  });
});

test('a taken name is a 422 that says so', async (t) => {
  const github = await startFakeGitHub({ token: 'good', existing: ['cost-curve'] });
  t.after(github.close);
  await assert.rejects(exportToGitHub({ apiBase: github.apiBase, token: 'good', name: 'cost-curve', private: true, files }), (error: unknown) => {
    assert.ok(error instanceof GitHubExportError);
    assert.equal(error.kind, 'name-taken');
    assert.match(error.message, /already have a repository named "cost-curve"/);
    return true;
  });
});

test('when the commit fails after the repository exists, the error says so and a retry fills the same repository', async (t) => {
  const github = await startFakeGitHub({ token: 'good', failCommitOnce: true });
  t.after(github.close);
  const failure = await exportToGitHub({ apiBase: github.apiBase, token: 'good', name: 'lab', private: false, files }).catch((error: unknown) => error);
  assert.ok(failure instanceof GitHubExportError);
  assert.deepEqual(failure.created, { owner: 'octo', repo: 'lab', url: 'https://github.example/octo/lab' });
  const retried = await exportToGitHub({ apiBase: github.apiBase, token: 'good', name: 'lab', private: false, files, existing: failure.created });
  assert.equal(github.head('lab'), retried.commitSha);
  assert.equal(github.requests.filter((request) => request === 'POST /user/repos').length, 1);
});
