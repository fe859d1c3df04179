import { ScmIntegrations } from '@backstage/integration';
import { createPublishGithubPullRequestAction } from '@backstage/plugin-scaffolder-backend-module-github';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { http, HttpResponse } from 'msw';
import {
  publishRequestInput,
  setupFakeGitHost,
} from './__testUtils__/fakeGitHost';
import {
  nginxValues,
  proposeOnGitHost,
  renderFiles,
} from './__testUtils__/proposeOnGitHost';

// A GitHub Enterprise host on loopback. No server listens there, and msw
// intercepts every request to it.
const HOST = '127.0.0.1:17080';
const API = `http://${HOST}/api/v3`;
const SOURCE_LOCATION = `http://${HOST}/acme/nginx/tree/main/`;

/** Requests that the fake GitHub API received, by route. */
interface GithubRequests {
  blobs: string[];
  trees: Array<{ path: string; sha?: string | null; content?: string }>;
  refs: Array<{ ref: string; sha: string }>;
  pulls: Array<Record<string, unknown>>;
}

/**
 * Handlers for the GitHub REST and GraphQL requests that
 * `publish:github:pull-request` makes, for a repository holding `existing`.
 */
function fakeGithub(existing: Set<string>, requests: GithubRequests) {
  return [
    http.get(`${API}/repos/acme/nginx`, () =>
      HttpResponse.json({
        default_branch: 'main',
        permissions: { push: true },
      }),
    ),
    http.get(`${API}/repos/acme/nginx/commits`, () =>
      HttpResponse.json([
        { sha: 'base-commit', commit: { tree: { sha: 'base-tree' } } },
      ]),
    ),
    http.head(`${API}/repos/acme/nginx/contents/*`, ({ request }) => {
      const filePath = decodeURIComponent(
        new URL(request.url).pathname.replace(
          '/api/v3/repos/acme/nginx/contents/',
          '',
        ),
      );
      return new HttpResponse(null, {
        status: existing.has(filePath) ? 200 : 404,
      });
    }),
    http.post(`${API}/repos/acme/nginx/git/blobs`, async ({ request }) => {
      const body = (await request.json()) as {
        content: string;
        encoding: string;
      };
      requests.blobs.push(Buffer.from(body.content, 'base64').toString('utf8'));
      return HttpResponse.json(
        { sha: `blob-${requests.blobs.length - 1}` },
        { status: 201 },
      );
    }),
    http.post(`${API}/repos/acme/nginx/git/trees`, async ({ request }) => {
      const body = (await request.json()) as { tree: GithubRequests['trees'] };
      requests.trees.push(...body.tree);
      return HttpResponse.json({ sha: 'new-tree' }, { status: 201 });
    }),
    http.post(`${API}/repos/acme/nginx/git/commits`, () =>
      HttpResponse.json({ sha: 'new-commit' }, { status: 201 }),
    ),
    http.post(`http://${HOST}/api/graphql`, () =>
      HttpResponse.json({ data: { repository: { ref: null } } }),
    ),
    http.post(`${API}/repos/acme/nginx/git/refs`, async ({ request }) => {
      requests.refs.push(
        (await request.json()) as GithubRequests['refs'][number],
      );
      return HttpResponse.json({}, { status: 201 });
    }),
    http.post(`${API}/repos/acme/nginx/pulls`, async ({ request }) => {
      requests.pulls.push((await request.json()) as Record<string, unknown>);
      return HttpResponse.json(
        {
          number: 7,
          html_url: `http://${HOST}/acme/nginx/pull/7`,
          base: { ref: 'main' },
        },
        { status: 201 },
      );
    }),
  ];
}

describe('statefulset:propose-change with publish:github:pull-request', () => {
  const { server, mockDir, config } = setupFakeGitHost({
    github: [{ host: HOST, apiBaseUrl: API, token: 'test-token' }],
  });

  it('opens a pull request with the change', async () => {
    mockDir.clear();
    const workspacePath = mockDir.resolve('workspace');
    const original = await nginxValues();
    const originalFiles = renderFiles(original);
    const edited = await nginxValues();
    edited.replicas = 4;
    edited.ingress.enabled = false;
    edited.volumeClaimTemplates[0].storage = '30Gi';
    const editedFiles = renderFiles(edited);

    const proposed = await proposeOnGitHost({
      config,
      sourceLocation: SOURCE_LOCATION,
      original,
      edited,
      workspacePath,
      branchName: 'statefulset/gh',
    });

    const requests: GithubRequests = {
      blobs: [],
      trees: [],
      refs: [],
      pulls: [],
    };
    server.use(
      ...fakeGithub(new Set(originalFiles.map(file => file.path)), requests),
    );
    const pullRequestContext = createMockActionContext({
      input: {
        ...publishRequestInput(proposed),
        commitMessage: proposed.title,
        filesToDelete: proposed.filesToDelete,
      },
      workspacePath,
    });
    await createPublishGithubPullRequestAction({
      integrations: ScmIntegrations.fromConfig(config),
      config,
    }).handler(pullRequestContext as any);

    expect(proposed.repoUrl).toBe(`${HOST}?owner=acme&repo=nginx`);
    expect(requests.refs).toEqual([
      { ref: 'refs/heads/statefulset/gh', sha: 'new-commit' },
    ]);
    expect(requests.pulls).toEqual([
      expect.objectContaining({
        head: 'acme:statefulset/gh',
        base: 'main',
        title: 'Update the StatefulSet nginx',
      }),
    ]);
    expect(requests.pulls[0].body).toContain(
      'kubectl delete statefulset nginx -n default --cascade=orphan',
    );
    expect(requests.trees).toContainEqual({
      path: 'manifests/ingress.yaml',
      mode: '100644',
      sha: null,
    });
    const valuesEntry = requests.trees.find(
      entry => entry.path === 'values.yaml',
    );
    const valuesBlob = Number(valuesEntry?.sha?.replace('blob-', ''));
    expect(requests.blobs[valuesBlob]).toBe(
      editedFiles.find(file => file.path === 'values.yaml')!.content,
    );
    expect(pullRequestContext.output).toHaveBeenCalledWith(
      'remoteUrl',
      `http://${HOST}/acme/nginx/pull/7`,
    );
  });
});
