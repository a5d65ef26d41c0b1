import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGitHubOptions {
  /** The repository address the server answers with (default https://github.example/octo/<name>). */
  htmlUrl?: (name: string) => string;
  token: string;
  /** Repositories that already exist for the user. */
  existing?: string[];
  /** The branch auto_init commits to (GitHub uses the account's setting; default "main"). */
  defaultBranch?: string;
  /** Answer 403 to repository creation (a token without Administration: write). */
  forbidCreate?: boolean;
  /** Answer 403 to writing git data (a token without Contents: write). */
  forbidContents?: boolean;
  /** Fail the commit step once with a 500, to exercise retrying into the same repository. */
  failCommitOnce?: boolean;
  /** Fail the next GET /repos/:owner/:repo once with a 502. */
  failLookupOnce?: boolean;
}

export interface RecordedTree {
  base_tree: string;
  tree: Array<{ path: string; mode: string; type: string; content: string }>;
}

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'accept, authorization, content-type, x-github-api-version',
  'access-control-allow-methods': 'GET, POST, PATCH',
};

/**
 * A small stand-in for the GitHub REST endpoints the export uses: a real HTTP
 * server that checks the token, answers CORS preflights as api.github.com does,
 * and records what it receives.
 */
export async function startFakeGitHub(options: FakeGitHubOptions) {
  const defaultBranch = options.defaultBranch ?? 'main';
  const htmlUrl = options.htmlUrl ?? ((name: string) => `https://github.example/octo/${name}`);
  const repos = new Map<string, { head: string }>((options.existing ?? []).map((name) => [name, { head: 'c0' }]));
  const creations: Array<Record<string, unknown>> = [];
  const trees: RecordedTree[] = [];
  const commits: Array<{ message: string; tree: string; parents: string[] }> = [];
  const requests: string[] = [];
  let failCommit = options.failCommitOnce ?? false;
  let failLookup = options.failLookupOnce ?? false;
  let counter = 0;

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json', ...corsHeaders });
    response.end(JSON.stringify(body));
  };
  const readBody = async (request: IncomingMessage) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    return text ? JSON.parse(text) : undefined;
  };

  const server = createServer(async (request, response) => {
    const url = request.url ?? '';
    if (request.method === 'OPTIONS') {
      response.writeHead(204, corsHeaders);
      return response.end();
    }
    requests.push(`${request.method} ${url}`);
    if (request.headers.authorization !== `Bearer ${options.token}`) return send(response, 401, { message: 'Bad credentials' });
    const body = await readBody(request);
    const repoPath = /^\/repos\/octo\/([^/]+)(\/.*)?$/.exec(url);
    if (request.method === 'POST' && url === '/user/repos') {
      creations.push(body);
      if (options.forbidCreate) return send(response, 403, { message: 'Resource not accessible by personal access token' });
      if (repos.has(body.name)) return send(response, 422, { message: 'Repository creation failed.', errors: [{ message: 'name already exists on this account' }] });
      repos.set(body.name, { head: 'c0' });
      return send(response, 201, { name: body.name, owner: { login: 'octo' }, html_url: htmlUrl(body.name), private: body.private, default_branch: defaultBranch });
    }
    const repo = repoPath && repos.get(repoPath[1] ?? '');
    if (!repoPath || !repo) return send(response, 404, { message: 'Not Found' });
    const rest = repoPath[2] ?? '';
    const branchRef = /^\/git\/refs?\/heads\/(.+)$/.exec(rest);
    if (branchRef && decodeURIComponent(branchRef[1] ?? '') !== defaultBranch) return send(response, 404, { message: 'Not Found' });
    if (request.method === 'GET' && rest === '') {
      if (failLookup) {
        failLookup = false;
        return send(response, 502, { message: 'Bad Gateway' });
      }
      return send(response, 200, { html_url: htmlUrl(repoPath[1] ?? ''), default_branch: defaultBranch });
    }
    if (request.method === 'GET' && branchRef && rest.startsWith('/git/ref/')) return send(response, 200, { object: { sha: repo.head } });
    if (request.method === 'GET' && rest.startsWith('/git/commits/')) return send(response, 200, { tree: { sha: `tree-of-${rest.split('/').pop()}` } });
    if (request.method !== 'GET' && options.forbidContents) return send(response, 403, { message: 'Resource not accessible by personal access token' });
    if (request.method === 'POST' && rest === '/git/trees') {
      trees.push(body);
      return send(response, 201, { sha: `t${++counter}` });
    }
    if (request.method === 'POST' && rest === '/git/commits') {
      if (failCommit) {
        failCommit = false;
        return send(response, 500, { message: 'Server Error' });
      }
      commits.push(body);
      return send(response, 201, { sha: `c${++counter}` });
    }
    if (request.method === 'PATCH' && branchRef && rest.startsWith('/git/refs/')) {
      repo.head = body.sha;
      return send(response, 200, { object: { sha: body.sha } });
    }
    return send(response, 404, { message: `Fake GitHub does not know ${request.method} ${url}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}`,
    creations,
    trees,
    commits,
    requests,
    head: (name: string) => repos.get(name)?.head,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
