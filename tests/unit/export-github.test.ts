import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportToGitHub, GitHubExportError, type GitHubExportOptions, type GitHubStep } from '../../src/runtime/export/github.ts';
import { startFakeGitHub, type FakeGitHubOptions } from './support/fake-github.ts';

const files = { 'package.json': '{"name":"lab"}', 'src/main.ts': 'console.log(1)', 'kit/src/index.ts': 'export {}' };

async function fakeGitHub(t: { after(fn: () => Promise<void>): void }, options: Partial<FakeGitHubOptions> = {}) {
  const github = await startFakeGitHub({ token: 'good', ...options });
  t.after(github.close);
  const push = (overrides: Partial<GitHubExportOptions> = {}) => exportToGitHub({ apiBase: github.apiBase, token: 'good', name: 'lab', private: false, files, ...overrides });
  return { github, push };
}

/** The GitHubExportError a push fails with. */
async function failure(pushing: Promise<unknown>): Promise<GitHubExportError> {
  const error = await pushing.then(
    () => assert.fail('the push should have failed'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof GitHubExportError, String(error));
  return error;
}

/** The repository a failed push says it created, to retry into. */
function createdBy(error: GitHubExportError) {
  assert.ok(error.created, `the error offers no retry: ${error.message}`);
  return error.created;
}

test('a new repository gets every file in one commit, and main moves to it', async (t) => {
  const { github, push } = await fakeGitHub(t);
  const steps: GitHubStep[] = [];
  const result = await push({ apiBase: `${github.apiBase}/`, name: 'cost-curve', onStep: (step) => steps.push(step) });
  assert.equal(result.url, 'https://github.example/octo/cost-curve');
  assert.deepEqual(github.creations, [{ name: 'cost-curve', private: false, auto_init: true }]);
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

test('the commit goes onto the default branch GitHub reports, not an assumed main', async (t) => {
  const { github, push } = await fakeGitHub(t, { defaultBranch: 'trunk' });
  const steps: GitHubStep[] = [];
  const result = await push({ onStep: (step) => steps.push(step) });
  assert.equal(github.head('lab'), result.commitSha);
  assert.ok(github.requests.includes('GET /repos/octo/lab/git/ref/heads/trunk'), github.requests.join('\n'));
  assert.ok(github.requests.includes('PATCH /repos/octo/lab/git/refs/heads/trunk'), github.requests.join('\n'));
  assert.ok(!github.requests.some((request) => request.includes('heads/main')));
  assert.ok(steps.includes('moving trunk to the new commit'));
});

test('a bad token is a 401 that says to check the token, and nothing was created', async (t) => {
  const { push } = await fakeGitHub(t);
  const error = await failure(push({ token: 'wrong' }));
  assert.equal(error.kind, 'bad-token');
  assert.equal(error.status, 401);
  assert.equal(error.message, 'GitHub did not accept the token (401). Check that it was copied whole and has not expired.');
  assert.equal(error.created, undefined);
});

test('a token that cannot create repositories is a 403 that names the permissions for both kinds of token', async (t) => {
  const { push } = await fakeGitHub(t, { forbidCreate: true });
  const error = await failure(push());
  assert.equal(error.kind, 'missing-permission');
  assert.equal(error.status, 403);
  assert.match(error.message, /^The token lacks a permission \(403\)\./);
  assert.match(error.message, /fine-grained token needs Administration: write and Contents: write/);
  assert.match(error.message, /classic token needs public_repo/);
  assert.match(error.message, /Resource not accessible by personal access token/, 'GitHub’s own words are kept');
  assert.equal(error.created, undefined);
});

test('a token that can create but not write contents is a 403 after the repository exists, so a retry is offered', async (t) => {
  const { push } = await fakeGitHub(t, { forbidContents: true });
  const error = await failure(push());
  assert.equal(error.kind, 'missing-permission');
  assert.deepEqual(error.created, { owner: 'octo', repo: 'lab', url: 'https://github.example/octo/lab' });
});

test('a taken name is a 422 that says so and asks for another name', async (t) => {
  const { push } = await fakeGitHub(t, { existing: ['cost-curve'] });
  const error = await failure(push({ name: 'cost-curve', private: true }));
  assert.equal(error.kind, 'name-taken');
  assert.equal(error.status, 422);
  assert.equal(error.message, 'You already have a repository named "cost-curve" (422). Choose another name.');
  assert.equal(error.created, undefined);
});

test('when the commit fails after the repository exists, the error says so and a retry fills the same repository', async (t) => {
  const { github, push } = await fakeGitHub(t, { failCommitOnce: true });
  const error = await failure(push());
  assert.deepEqual(error.created, { owner: 'octo', repo: 'lab', url: 'https://github.example/octo/lab' });
  const steps: GitHubStep[] = [];
  const retried = await push({ existing: createdBy(error), onStep: (step) => steps.push(step) });
  assert.equal(github.head('lab'), retried.commitSha);
  assert.equal(retried.url, 'https://github.example/octo/lab');
  assert.equal(github.creations.length, 1);
  assert.equal(steps[0], 'finding the repository');
});

test('a retry whose repository lookup fails still points at that repository, so the next retry does not create another', async (t) => {
  const { github, push } = await fakeGitHub(t, { failCommitOnce: true, failLookupOnce: true });
  const first = await failure(push());
  const second = await failure(push({ existing: createdBy(first) }));
  assert.equal(second.status, 502);
  assert.deepEqual(second.created, first.created);
  const third = await push({ existing: createdBy(second) });
  assert.equal(github.head('lab'), third.commitSha);
  assert.equal(github.creations.length, 1);
});

test('a retry into a repository that is gone offers no further retry into it', async (t) => {
  const { push } = await fakeGitHub(t);
  const error = await failure(push({ existing: { owner: 'octo', repo: 'deleted', url: 'https://github.example/octo/deleted' } }));
  assert.equal(error.kind, 'not-found');
  assert.match(error.message, /cannot find octo\/deleted \(404\)/);
  assert.equal(error.created, undefined);
});

test('the token is never sent to a plain http:// address other than this machine', async () => {
  let sent = 0;
  const refused = exportToGitHub({ apiBase: 'http://github.example.com/api/v3', token: 'good', name: 'lab', private: false, files: {}, fetch: async () => (sent++, new Response('{}')) });
  await assert.rejects(refused, (error: GitHubExportError) => error.kind === 'insecure-url' && /must start with https:\/\//.test(error.message));
  assert.equal(sent, 0);
});
