import { ScmIntegrations } from '@backstage/integration';
import { createPublishGitlabMergeRequestAction } from '@backstage/plugin-scaffolder-backend-module-gitlab';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { http, HttpResponse } from 'msw';
import { createHash } from 'node:crypto';
import {
  publishRequestInput,
  setupFakeGitHost,
} from './__testUtils__/fakeGitHost';
import {
  nginxValues,
  proposeOnGitHost,
  renderFiles,
} from './__testUtils__/proposeOnGitHost';

// A GitLab host on loopback. No server listens there, and msw intercepts
// every request to it.
const HOST = '127.0.0.1:17081';
const API = `http://${HOST}/api/v4`;
const PROJECT = `${API}/projects/${encodeURIComponent('acme/team/nginx')}`;
const SOURCE_LOCATION = `http://${HOST}/acme/team/nginx/-/tree/main/`;

/** Git's blob id of a file, which GitLab lists in repository trees. */
function gitBlobId(content: string): string {
  const bytes = Buffer.from(content);
  return createHash('sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
}

interface GitlabRequests {
  branches: Array<Record<string, unknown>>;
  commits: Array<{
    branch: string;
    commit_message: string;
    actions: Array<{ action: string; file_path: string; content: string }>;
  }>;
  mergeRequests: Array<Record<string, unknown>>;
}

describe('statefulset:propose-change with publish:gitlab:merge-request', () => {
  const { server, mockDir, config } = setupFakeGitHost({
    gitlab: [
      {
        host: HOST,
        baseUrl: `http://${HOST}`,
        apiBaseUrl: API,
        token: 'test-token',
      },
    ],
  });

  it('opens a merge request with the changed files', async () => {
    mockDir.clear();
    const workspacePath = mockDir.resolve('workspace');
    const original = await nginxValues();
    const edited = await nginxValues();
    edited.replicas = 4;
    edited.containers[0].env = [
      { source: 'value', name: 'NGINX_PORT', value: '80' },
    ];

    const proposed = await proposeOnGitHost({
      config,
      sourceLocation: SOURCE_LOCATION,
      original,
      edited,
      workspacePath,
      branchName: 'statefulset/gl',
    });

    const requests: GitlabRequests = {
      branches: [],
      commits: [],
      mergeRequests: [],
    };
    server.use(
      http.get(`${PROJECT}/repository/tree`, () =>
        HttpResponse.json(
          renderFiles(original).map(file => ({
            id: gitBlobId(file.content),
            path: file.path,
            type: 'blob',
          })),
        ),
      ),
      http.get(`${PROJECT}/repository/branches/*`, () =>
        HttpResponse.json({ message: '404 Branch Not Found' }, { status: 404 }),
      ),
      http.post(`${PROJECT}/repository/branches`, async ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        const text = await request.text();
        requests.branches.push(
          text ? { ...query, ...JSON.parse(text) } : query,
        );
        return HttpResponse.json({ name: 'statefulset/gl' }, { status: 201 });
      }),
      http.post(`${PROJECT}/repository/commits`, async ({ request }) => {
        requests.commits.push((await request.json()) as any);
        return HttpResponse.json({ id: 'new-commit' }, { status: 201 });
      }),
      http.post(`${PROJECT}/merge_requests`, async ({ request }) => {
        requests.mergeRequests.push(
          (await request.json()) as Record<string, unknown>,
        );
        return HttpResponse.json(
          {
            iid: 3,
            web_url: `http://${HOST}/acme/team/nginx/-/merge_requests/3`,
          },
          { status: 201 },
        );
      }),
    );
    const mergeRequestContext = createMockActionContext({
      input: publishRequestInput(proposed),
      workspacePath,
    });
    await createPublishGitlabMergeRequestAction({
      integrations: ScmIntegrations.fromConfig(config),
    }).handler(mergeRequestContext as any);

    expect(proposed.repoUrl).toBe(`${HOST}?owner=acme%2Fteam&repo=nginx`);
    expect(requests.branches).toEqual([
      expect.objectContaining({ branch: 'statefulset/gl', ref: 'main' }),
    ]);
    expect(requests.commits).toHaveLength(1);
    const commitActions = requests.commits[0].actions
      .map(action => `${action.action} ${action.file_path}`)
      .sort();
    expect(commitActions).toEqual([
      'update manifests/statefulset.yaml',
      'update values.yaml',
    ]);
    expect(requests.mergeRequests).toEqual([
      expect.objectContaining({
        source_branch: 'statefulset/gl',
        target_branch: 'main',
        title: 'Update the StatefulSet nginx',
      }),
    ]);
    expect(mergeRequestContext.output).toHaveBeenCalledWith(
      'mergeRequestUrl',
      `http://${HOST}/acme/team/nginx/-/merge_requests/3`,
    );
  });
});
