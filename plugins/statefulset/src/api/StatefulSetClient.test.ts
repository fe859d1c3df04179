import { ResponseError } from '@backstage/errors';
import { mockApis, registerMswTestHooks } from '@backstage/frontend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { StatefulSetClient } from './StatefulSetClient';

const baseUrl = 'http://localhost:7007/api/statefulset';
const server = setupServer();

function makeClient() {
  return new StatefulSetClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    fetchApi: { fetch: (input, init) => global.fetch(input, init) },
  });
}

describe('StatefulSetClient', () => {
  registerMswTestHooks(server);

  it('passes entity ref to status route', async () => {
    let requestedRef: string | null = null;
    server.use(
      http.get(`${baseUrl}/status`, ({ request }) => {
        requestedRef = new URL(request.url).searchParams.get('entityRef');
        return HttpResponse.json({
          entityRef: 'component:default/web',
          clusters: [],
        });
      }),
    );

    const status = await makeClient().getStatus('component:default/web');

    expect(requestedRef).toBe('component:default/web');
    expect(status.clusters).toEqual([]);
  });

  it('posts scale body as JSON', async () => {
    let body: unknown;
    server.use(
      http.post(`${baseUrl}/scale`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({
          cluster: 'local',
          previousReplicas: 2,
          replicas: 4,
        });
      }),
    );

    const result = await makeClient().scale({
      entityRef: 'component:default/web',
      cluster: 'local',
      replicas: 4,
      expectedReplicas: 2,
    });

    expect(body).toEqual({
      entityRef: 'component:default/web',
      cluster: 'local',
      replicas: 4,
      expectedReplicas: 2,
    });
    expect(result.replicas).toBe(4);
  });

  it('posts redeploy to its route', async () => {
    server.use(
      http.post(`${baseUrl}/redeploy`, () =>
        HttpResponse.json({
          cluster: 'local',
          restartedAt: '2026-12-04T12:00:00Z',
        }),
      ),
    );

    const result = await makeClient().redeploy({
      entityRef: 'component:default/web',
      cluster: 'local',
    });

    expect(result.restartedAt).toBe('2026-12-04T12:00:00Z');
  });

  it('reads permissions route', async () => {
    server.use(
      http.get(`${baseUrl}/permissions`, () =>
        HttpResponse.json({
          entityRef: 'component:default/web',
          scale: { allowed: false, reason: 'denied' },
          redeploy: { allowed: true },
        }),
      ),
    );

    const permissions = await makeClient().getPermissions(
      'component:default/web',
    );

    expect(permissions.scale).toEqual({ allowed: false, reason: 'denied' });
    expect(permissions.redeploy.allowed).toBe(true);
  });

  it('rejects with ResponseError on 409', async () => {
    server.use(
      http.post(`${baseUrl}/scale`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'ConflictError',
              message: 'now has 4 replicas, not the 2 you saw',
              details: { currentReplicas: 4, expectedReplicas: 2 },
            },
            request: { method: 'POST', url: '/api/statefulset/scale' },
            response: { statusCode: 409 },
          },
          { status: 409 },
        ),
      ),
    );

    const promise = makeClient().scale({
      entityRef: 'component:default/web',
      cluster: 'local',
      replicas: 3,
      expectedReplicas: 2,
    });

    await expect(promise).rejects.toBeInstanceOf(ResponseError);
    await expect(promise).rejects.toMatchObject({
      statusCode: 409,
      body: { error: { details: { currentReplicas: 4 } } },
    });
  });
  it('reads values route by entity ref', async () => {
    let requestedRef: string | null = null;
    server.use(
      http.get(`${baseUrl}/values`, ({ request }) => {
        requestedRef = new URL(request.url).searchParams.get('entityRef');
        return HttpResponse.json({
          entityRef: 'component:default/web',
          valuesUrl: 'file:///srv/git/web/values.yaml',
          values: { name: 'web', replicas: 3 },
        });
      }),
    );

    const result = await makeClient().getRepositoryValues(
      'component:default/web',
    );

    expect(requestedRef).toBe('component:default/web');
    expect(result.values).toEqual({ name: 'web', replicas: 3 });
  });

  it('passes entity and cluster to manifests', async () => {
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${baseUrl}/manifests`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json({
          entityRef: 'component:default/web',
          cluster: 'east',
          namespace: 'shop',
          name: 'web',
          differences: [],
          drift: false,
        });
      }),
    );

    const result = await makeClient().getManifestComparison({
      entityRef: 'component:default/web',
      cluster: 'east',
    });

    expect(query?.get('entityRef')).toBe('component:default/web');
    expect(query?.get('cluster')).toBe('east');
    expect(result.drift).toBe(false);
  });

  it('rejects values with ResponseError on 404', async () => {
    server.use(
      http.get(`${baseUrl}/values`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message:
                'values.yaml not found at file:///srv/git/web/values.yaml',
            },
            request: { method: 'GET', url: '/api/statefulset/values' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );

    const promise = makeClient().getRepositoryValues('component:default/web');

    await expect(promise).rejects.toMatchObject({
      statusCode: 404,
      body: { error: { message: expect.stringContaining('values.yaml') } },
    });
  });
});
