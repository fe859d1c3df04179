import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { http, HttpResponse } from 'msw';
import request from 'supertest';
import {
  autoscalerJson,
  statefulSetJson,
  statusJson,
} from '../__testUtils__/fixtures';
import { fakeKubernetesApi } from '../__testUtils__/fakeKubernetesApi';
import {
  PRODUCTION_URL,
  clusterConfig,
  componentEntity,
  setupFakeClusters,
  startPlugin,
} from '../__testUtils__/startPlugin';

const SCALE_BODY = {
  entityRef: 'component:default/nginx',
  cluster: 'production',
  replicas: 3,
  expectedReplicas: 2,
};

describe('POST /scale', () => {
  const msw = setupFakeClusters();

  function useCluster(state: Parameters<typeof fakeKubernetesApi>[1] = {}) {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [statefulSetJson({ name: 'nginx', replicas: 2 })],
      ...state,
    });
    msw.use(...fake.handlers);
    return fake;
  }

  it('updates the scale subresource', async () => {
    const fake = useCluster();
    const { server, auditEvents } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send(SCALE_BODY);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      cluster: 'production',
      previousReplicas: 2,
      replicas: 3,
    });
    const update = fake.requests.find(r => r.method === 'PUT');
    expect(update?.path).toBe(
      '/apis/apps/v1/namespaces/default/statefulsets/nginx/scale',
    );
    expect(update?.body).toMatchObject({
      kind: 'Scale',
      metadata: { name: 'nginx', namespace: 'default', resourceVersion: '42' },
      spec: { replicas: 3 },
    });
    expect(auditEvents).toEqual([
      expect.objectContaining({
        eventId: 'statefulset-scale',
        outcome: 'success',
        meta: {
          actor: 'user:default/mock',
          entityRef: 'component:default/nginx',
          cluster: 'production',
          namespace: 'default',
          name: 'nginx',
          expectedReplicas: 2,
          requestedReplicas: 3,
          previousReplicas: 2,
          replicas: 3,
        },
      }),
    ]);
  });

  it('responds 409 when the count changed', async () => {
    const fake = useCluster({
      statefulSets: [statefulSetJson({ name: 'nginx', replicas: 4 })],
    });
    const { server, auditEvents } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send(SCALE_BODY);

    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain(
      'now has 4 replicas, not the 2 you saw',
    );
    expect(response.body.error.details).toEqual({
      currentReplicas: 4,
      expectedReplicas: 2,
    });
    expect(fake.requests.some(r => r.method === 'PUT')).toBe(false);
    expect(auditEvents[0]).toMatchObject({
      outcome: 'failure',
      meta: {
        currentReplicas: 4,
        expectedReplicas: 2,
        namespace: 'default',
        name: 'nginx',
      },
    });
    expect(auditEvents[0].error?.name).toBe('ConflictError');
    expect(auditEvents[0].error?.stack).toBeUndefined();
  });

  it('responds 409 when an autoscaler targets the set', async () => {
    const fake = useCluster({
      autoscalers: [autoscalerJson({ name: 'nginx-hpa', targetName: 'nginx' })],
    });
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send(SCALE_BODY);

    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain(
      'HorizontalPodAutoscaler "nginx-hpa"',
    );
    expect(response.body.error.message).toContain(
      'minReplicas and maxReplicas',
    );
    expect(response.body.error.details).toEqual({
      autoscaler: 'nginx-hpa',
      minReplicas: 2,
      maxReplicas: 6,
    });
    expect(fake.requests.some(r => r.method === 'PUT')).toBe(false);
  });

  it('responds 409 when the API server reports a conflict', async () => {
    useCluster();
    msw.use(
      http.put(
        `${PRODUCTION_URL}/apis/apps/v1/namespaces/default/statefulsets/nginx/scale`,
        () =>
          HttpResponse.json(
            statusJson(
              409,
              'Conflict',
              'Operation cannot be fulfilled on statefulsets.apps "nginx": the object has been modified',
            ),
            { status: 409 },
          ),
      ),
    );
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send(SCALE_BODY);

    expect(response.status).toBe(409);
    expect(response.body.error.kubernetesError.reason).toBe('conflict');
    expect(response.body.error.message).toContain(
      'the object has been modified',
    );
  });

  it('retries an update that conflicts once', async () => {
    useCluster();
    let conflicts = 0;
    msw.use(
      http.put(
        `${PRODUCTION_URL}/apis/apps/v1/namespaces/default/statefulsets/nginx/scale`,
        () => {
          if (conflicts > 0) {
            return undefined;
          }
          conflicts += 1;
          return HttpResponse.json(
            statusJson(
              409,
              'Conflict',
              'Operation cannot be fulfilled on statefulsets.apps "nginx": the object has been modified',
            ),
            { status: 409 },
          );
        },
      ),
    );
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send(SCALE_BODY);

    expect(response.status).toBe(200);
    expect(conflicts).toBe(1);
  });

  it('names verb, resource and namespace on 403', async () => {
    useCluster();
    msw.use(
      http.put(
        `${PRODUCTION_URL}/apis/apps/v1/namespaces/default/statefulsets/nginx/scale`,
        () =>
          HttpResponse.json(
            {
              ...statusJson(
                403,
                'Forbidden',
                'statefulsets.apps "nginx" is forbidden: User "system:serviceaccount:backstage:portal" cannot update resource "statefulsets/scale" in API group "apps" in the namespace "default"',
              ),
              details: { name: 'nginx', group: 'apps', kind: 'statefulsets' },
            },
            { status: 403 },
          ),
      ),
    );
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send(SCALE_BODY);

    expect(response.status).toBe(403);
    expect(response.body.error.kubernetesError).toEqual({
      reason: 'forbidden',
      verb: 'update',
      resource: 'statefulsets/scale',
      namespace: 'default',
      message: expect.stringContaining(
        'may not update statefulsets/scale in API group "apps" in namespace "default"',
      ),
    });
  });

  it('rejects a denied caller without cluster requests', async () => {
    const fake = useCluster();
    const { server, auditEvents, authorizeCalls } = await startPlugin({
      entities: [componentEntity('nginx')],
      permission: AuthorizeResult.DENY,
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send(SCALE_BODY);

    expect(response.status).toBe(403);
    expect(response.body.error.name).toBe('NotAllowedError');
    expect(response.body.error.message).toContain('statefulset.scale');
    expect(fake.requests).toEqual([]);
    expect(authorizeCalls).toEqual([
      expect.objectContaining({
        permission: expect.objectContaining({ name: 'statefulset.scale' }),
        resourceRef: 'component:default/nginx',
      }),
    ]);
    expect(auditEvents).toEqual([
      expect.objectContaining({
        eventId: 'statefulset-scale',
        outcome: 'failure',
      }),
    ]);
  });

  it.each([
    [{ replicas: 6 }, 'replicas: got 6, must be at most 5'],
    [{ replicas: -1 }, 'replicas: got -1, must be at least 0'],
    [{ replicas: 1.5 }, 'replicas: got 1.5, must be a whole number'],
    [{ replicas: '3' }, 'replicas: got "3", must be a whole number'],
    [{ expectedReplicas: undefined }, 'expectedReplicas: missing'],
    [{ cluster: '' }, 'cluster: got "", must not be empty'],
    [{ namespace: 'kube-system' }, 'namespace: unknown field'],
  ])('rejects body change %j', async (change, expected) => {
    const fake = useCluster();
    const { server, auditEvents } = await startPlugin({
      entities: [componentEntity('nginx')],
      config: clusterConfig({ statefulset: { maxReplicas: 5 } }),
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send({ ...SCALE_BODY, ...change });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(expected);
    expect(response.body.error.message).toContain('Example of a valid request');
    expect(fake.requests).toEqual([]);
    expect(auditEvents).toEqual([]);
  });

  it('rejects malformed JSON', async () => {
    const fake = useCluster();
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .set('Content-Type', 'application/json')
      .send('{"replicas": 3,');

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('Invalid request body');
    expect(fake.requests).toEqual([]);
  });

  it('rejects a cluster the entity does not name', async () => {
    const fake = useCluster();
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send({ ...SCALE_BODY, cluster: 'staging' });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(
      'cluster: got "staging", but component:default/nginx runs on production',
    );
    expect(fake.requests).toEqual([]);
  });

  it('responds 404 naming the missing set', async () => {
    useCluster({ statefulSets: [] });
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/scale')
      .send(SCALE_BODY);

    expect(response.status).toBe(404);
    expect(response.body.error.kubernetesError.reason).toBe('notFound');
    expect(response.body.error.message).toContain(
      'StatefulSet "nginx" not found in namespace "default" on cluster "production"',
    );
  });
});
