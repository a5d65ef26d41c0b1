import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGitHubOptions {
  token: string;
  /** Repositories that already exist for the user. */
  existing?: string[];
  /** Answer 403 to repository creation (a token without Administration: write). */
  forbidCreate?: boolean;
  /** Fail the commit step once with a 500, to exercise retrying into the same repository. */
  failCommitOnce?: boolean;
}

export interface RecordedTree {
  base_tree: string;
  tree: Array<{ path: string; mode: string; type: string; content: string }>;
}

/** A small stand-in for the GitHub REST endpoints the export uses. */
export async function startFakeGitHub(options: FakeGitHubOptions) {
  const repos = new Map<string, { head: string }>((options.existing ?? []).map((name) => [name, { head: 'c0' }]));
  const trees: RecordedTree[] = [];
  const commits: Array<{ message: string; tree: string; parents: string[] }> = [];
  const requests: string[] = [];
  let failCommit = options.failCommitOnce ?? false;
  let counter = 0;

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(JSON.stringify(body));
  };
  const readBody = async (request: IncomingMessage) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    return text ? JSON.parse(text) : undefined;
  };

  const server = createServer(async (request, response) => {
    const url = request.url ?? '';
    requests.push(`${request.method} ${url}`);
    if (request.headers.authorization !== `Bearer ${options.token}`) return send(response, 401, { message: 'Bad credentials' });
    const body = await readBody(request);
    const repoPath = /^\/repos\/octo\/([^/]+)(\/.*)?$/.exec(url);
    if (request.method === 'POST' && url === '/user/repos') {
      if (options.forbidCreate) return send(response, 403, { message: 'Resource not accessible by personal access token' });
      if (repos.has(body.name)) return send(response, 422, { message: 'Repository creation failed.', errors: [{ message: 'name already exists on this account' }] });
      repos.set(body.name, { head: 'c0' });
      return send(response, 201, { name: body.name, owner: { login: 'octo' }, html_url: `https://github.example/octo/${body.name}`, private: body.private, auto_init: body.auto_init });
    }
    const repo = repoPath && repos.get(repoPath[1] ?? '');
    if (!repoPath || !repo) return send(response, 404, { message: 'Not Found' });
    const rest = repoPath[2] ?? '';
    if (request.method === 'GET' && rest === '') return send(response, 200, { html_url: `https://github.example/octo/${repoPath[1]}` });
    if (request.method === 'GET' && rest === '/git/ref/heads/main') return send(response, 200, { object: { sha: repo.head } });
    if (request.method === 'GET' && rest.startsWith('/git/commits/')) return send(response, 200, { tree: { sha: `tree-of-${rest.split('/').pop()}` } });
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
    if (request.method === 'PATCH' && rest === '/git/refs/heads/main') {
      repo.head = body.sha;
      return send(response, 200, { object: { sha: body.sha } });
    }
    return send(response, 404, { message: `Fake GitHub does not know ${request.method} ${url}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}`,
    trees,
    commits,
    requests,
    head: (name: string) => repos.get(name)?.head,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
