// Pushes a lab to a new GitHub repository with the learner's token, in one
// commit, through the REST API (which allows CORS, so no proxy is needed).
// The token goes only to the configured API base URL.
import type { FileMap } from './standalone.ts';
import { isHttpsOrLocal } from './safe-url.ts';

export interface GitHubExportOptions {
  /** https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise Server. */
  apiBase: string;
  token: string;
  name: string;
  private: boolean;
  description?: string;
  files: FileMap;
  message?: string;
  /** Set when retrying into a repository created by an earlier attempt (GitHubExportError.created). */
  existing?: CreatedRepository;
  onStep?(step: GitHubStep): void;
  fetch?: typeof fetch;
}

export type GitHubStep = 'creating the repository' | 'finding the repository' | 'reading the first commit' | 'uploading the files' | 'committing' | `moving ${string} to the new commit` | 'done';

export interface CreatedRepository {
  owner: string;
  repo: string;
  url: string;
}

export type GitHubErrorKind = 'bad-token' | 'missing-permission' | 'name-taken' | 'not-found' | 'network' | 'insecure-url' | 'other';

export class GitHubExportError extends Error {
  readonly kind: GitHubErrorKind;
  readonly status: number | undefined;
  /** The repository, when it was created before the failure: retry into it. */
  readonly created: CreatedRepository | undefined;

  constructor(kind: GitHubErrorKind, message: string, status?: number, created?: CreatedRepository) {
    super(message);
    this.name = 'GitHubExportError';
    this.kind = kind;
    this.status = status;
    this.created = created;
  }
}

export interface GitHubExportResult {
  owner: string;
  repo: string;
  url: string;
  commitSha: string;
}

const explain = (status: number, name: string, body: string): { kind: GitHubErrorKind; message: string } => {
  if (status === 401) return { kind: 'bad-token', message: 'GitHub did not accept the token (401). Check that it was copied whole and has not expired.' };
  if (status === 403)
    return { kind: 'missing-permission', message: `The token lacks a permission (403). A fine-grained token needs Administration: write and Contents: write; a classic token needs public_repo (or repo for a private repository). ${body}`.trim() };
  if (status === 422 && /already exists/i.test(body)) return { kind: 'name-taken', message: `You already have a repository named "${name}" (422). Choose another name.` };
  if (status === 404) return { kind: 'not-found', message: `GitHub answered 404: the API URL may be wrong, or the token cannot see the repository. ${body}`.trim() };
  return { kind: 'other', message: `GitHub answered ${status}: ${body}` };
};

export async function exportToGitHub(options: GitHubExportOptions): Promise<GitHubExportResult> {
  const doFetch = options.fetch ?? fetch;
  const api = options.apiBase.replace(/\/+$/, '');
  // The token must never travel in clear text to another machine.
  if (!isHttpsOrLocal(api)) throw new GitHubExportError('insecure-url', `The API base URL must start with https:// (plain http:// only for localhost): ${api}`);
  // Set as soon as a repository exists, so that every later failure offers a retry into it.
  let created: CreatedRepository | undefined = options.existing;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${api}${path}`, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${options.token}`,
          'x-github-api-version': '2022-11-28',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new GitHubExportError('network', `Could not reach ${api} (${error instanceof Error ? error.message : String(error)}).`, undefined, created);
    }
    const text = await response.text();
    if (!response.ok) {
      const detail = (() => {
        try {
          const parsed = JSON.parse(text) as { message?: string; errors?: Array<{ message?: string }> };
          return [parsed.message, ...(parsed.errors ?? []).map((error) => error.message)].filter(Boolean).join(': ');
        } catch {
          return text.slice(0, 200);
        }
      })();
      const { kind, message } = explain(response.status, options.name, detail);
      throw new GitHubExportError(kind, message, response.status, created);
    }
    return (text ? JSON.parse(text) : {}) as T;
  }

  let repository: CreatedRepository;
  let branch: string;
  if (options.existing) {
    const { owner, repo } = options.existing;
    options.onStep?.('finding the repository');
    const found = await call<{ html_url: string; default_branch?: string }>('GET', `/repos/${owner}/${repo}`).catch((error: unknown) => {
      // Gone (or out of the token's sight): a retry into it cannot work, so the error offers none.
      if (error instanceof GitHubExportError && error.status === 404)
        throw new GitHubExportError('not-found', `GitHub cannot find ${owner}/${repo} (404): it was deleted, or the token cannot see it. Try again to create a new repository.`, 404);
      throw error;
    });
    repository = { owner, repo, url: found.html_url };
    branch = found.default_branch ?? 'main';
  } else {
    options.onStep?.('creating the repository');
    // auto_init gives the repository a first commit: the Git Data API answers 409 on an empty one.
    const made = await call<{ name: string; owner: { login: string }; html_url: string; default_branch?: string }>('POST', '/user/repos', {
      name: options.name,
      private: options.private,
      description: options.description,
      auto_init: true,
    });
    repository = { owner: made.owner.login, repo: made.name, url: made.html_url };
    // The first commit lands on the account's default branch, which need not be main.
    branch = made.default_branch ?? 'main';
  }
  created = repository;
  const { owner, repo, url } = repository;
  const base = `/repos/${owner}/${repo}`;
  const head = `heads/${branch.split('/').map(encodeURIComponent).join('/')}`;

  options.onStep?.('reading the first commit');
  const ref = await call<{ object: { sha: string } }>('GET', `${base}/git/ref/${head}`);
  const parent = await call<{ tree: { sha: string } }>('GET', `${base}/git/commits/${ref.object.sha}`);

  options.onStep?.('uploading the files');
  const tree = await call<{ sha: string }>('POST', `${base}/git/trees`, {
    base_tree: parent.tree.sha,
    tree: Object.entries(options.files).map(([path, content]) => ({ path, mode: '100644', type: 'blob', content })),
  });

  options.onStep?.('committing');
  const commit = await call<{ sha: string }>('POST', `${base}/git/commits`, {
    message: options.message ?? 'Add the lab from AI Engineer Roadmap',
    tree: tree.sha,
    parents: [ref.object.sha],
  });

  options.onStep?.(`moving ${branch} to the new commit`);
  await call('PATCH', `${base}/git/refs/${head}`, { sha: commit.sha, force: false });
  options.onStep?.('done');
  return { owner, repo, url, commitSha: commit.sha };
}
