import { http, HttpResponse } from 'msw';
import request from 'supertest';
import {
  autoscalerJson,
  claimJson,
  eventJson,
  podJson,
  statefulSetJson,
  statusJson,
} from '../__testUtils__/fixtures';
import { fakeKubernetesApi } from '../__testUtils__/fakeKubernetesApi';
import {
  PRODUCTION_URL,
  STAGING_URL,
  TEST_TOKEN,
  clusterConfig,
  componentEntity,
  setupFakeClusters,
  startPlugin,
} from '../__testUtils__/startPlugin';
import { waitForRequests, waitForStatus } from '../__testUtils__/waitFor';

const ENTITY_REF = 'component:default/nginx';

describe('GET /status', () => {
  const msw = setupFakeClusters();

  async function getStatus(
    options: Parameters<typeof startPlugin>[0],
    entityRef = ENTITY_REF,
  ) {
    const { server } = await startPlugin(options);
    return request(server).get('/api/statefulset/status').query({ entityRef });
  }

  /**
   * Starts the plugin and calls the status route until the events and
   * autoscaler lists, which follow the first response, are in it.
   */
  async function getCompleteStatus(options: Parameters<typeof startPlugin>[0]) {
    const { server } = await startPlugin(options);
    return waitForStatus(
      () =>
        request(server)
          .get('/api/statefulset/status')
          .query({ entityRef: ENTITY_REF }),
      body =>
        body.clusters[0].events.length > 0 ||
        body.clusters[0].partialErrors !== undefined,
    );
  }

  it('lists pods and claims after a scale-in', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [
        statefulSetJson({
          name: 'nginx',
          replicas: 2,
          claimTemplates: ['data', 'wal-log'],
        }),
      ],
      pods: [
        podJson({ setName: 'nginx', ordinal: 1 }),
        podJson({ setName: 'nginx', ordinal: 0 }),
        podJson({
          setName: 'nginx',
          ordinal: 2,
          ownerUid: 'uid-of-another-set',
        }),
      ],
      claims: [2, 0, 1].flatMap(ordinal => [
        claimJson({ template: 'wal-log', setName: 'nginx', ordinal }),
        claimJson({ template: 'data', setName: 'nginx', ordinal }),
      ]),
    });
    msw.use(...fake.handlers);

    const response = await getStatus({ entities: [componentEntity('nginx')] });

    expect(response.status).toBe(200);
    const cluster = response.body.clusters[0];
    expect(cluster.state).toBe('found');
    expect(cluster.pods.map((pod: any) => pod.name)).toEqual([
      'nginx-0',
      'nginx-1',
    ]);
    expect(
      cluster.claims.map((claim: any) => [claim.name, claim.retained]),
    ).toEqual([
      ['data-nginx-0', false],
      ['wal-log-nginx-0', false],
      ['data-nginx-1', false],
      ['wal-log-nginx-1', false],
      ['data-nginx-2', true],
      ['wal-log-nginx-2', true],
    ]);
    expect(cluster.claims[5]).toMatchObject({
      template: 'wal-log',
      ordinal: 2,
    });
  });

  it('returns three pods sorted by ordinal', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [
        statefulSetJson({
          name: 'nginx',
          replicas: 3,
          claimTemplates: ['data'],
        }),
      ],
      pods: [2, 0, 1].map(ordinal => podJson({ setName: 'nginx', ordinal })),
      claims: [0, 1, 2].map(ordinal =>
        claimJson({ template: 'data', setName: 'nginx', ordinal }),
      ),
    });
    msw.use(...fake.handlers);

    const response = await getStatus({ entities: [componentEntity('nginx')] });

    const cluster = response.body.clusters[0];
    expect(cluster.pods.map((pod: any) => pod.ordinal)).toEqual([0, 1, 2]);
    expect(cluster.claims.every((claim: any) => !claim.retained)).toBe(true);
    expect(cluster.statefulSet).toMatchObject({
      name: 'nginx',
      namespace: 'default',
      desiredReplicas: 3,
      readyReplicas: 3,
      claimTemplates: ['data'],
    });
    expect(cluster.blockingPod).toBeUndefined();
  });

  it('makes three requests with the set selector', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [
        statefulSetJson({
          name: 'nginx',
          replicas: 1,
          claimTemplates: ['data'],
        }),
      ],
      pods: [podJson({ setName: 'nginx', ordinal: 0 })],
    });
    msw.use(...fake.handlers);

    await getStatus({ entities: [componentEntity('nginx')] });
    const firstCall = fake.requests.slice(0, 3);
    await waitForRequests(fake.requests, 5);

    const selector =
      'app.kubernetes.io/name=nginx,app.kubernetes.io/instance=nginx';
    expect(firstCall.map(r => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /api/v1/namespaces/default/persistentvolumeclaims',
      'GET /api/v1/namespaces/default/pods',
      'GET /apis/apps/v1/namespaces/default/statefulsets/nginx',
    ]);
    expect(
      fake.requests
        .slice(3)
        .map(r => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual([
      'GET /api/v1/namespaces/default/events',
      'GET /apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers',
    ]);
    const pods = fake.requests.find(r => r.path.endsWith('/pods'));
    expect(pods?.query.labelSelector).toBe(selector);
    const events = fake.requests.find(r => r.path.endsWith('/events'));
    expect(events?.query.fieldSelector).toBe(
      'involvedObject.kind=StatefulSet,involvedObject.name=nginx',
    );
    expect(
      fake.requests.every(r => r.authorization === `Bearer ${TEST_TOKEN}`),
    ).toBe(true);
  });

  it('names the blocking ordinal and its reason', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [
        statefulSetJson({ name: 'nginx', replicas: 3, readyReplicas: 1 }),
      ],
      pods: [
        podJson({ setName: 'nginx', ordinal: 0 }),
        podJson({
          setName: 'nginx',
          ordinal: 1,
          ready: false,
          waitingReason: 'ImagePullBackOff',
          waitingMessage: 'Back-off pulling image "nginx:bad"',
        }),
      ],
    });
    msw.use(...fake.handlers);

    const response = await getStatus({ entities: [componentEntity('nginx')] });

    const cluster = response.body.clusters[0];
    expect(cluster.blockingPod.ordinal).toBe(1);
    expect(cluster.blockingPod.podName).toBe('nginx-1');
    expect(cluster.blockingPod.reason).toContain('ImagePullBackOff');
    expect(cluster.blockingPod.reason).toContain(
      'Back-off pulling image "nginx:bad"',
    );
    expect(cluster.pods[1]).toMatchObject({
      ready: false,
      reason: 'ImagePullBackOff',
    });
  });

  it('reports no blocking pod for a Parallel set', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [
        statefulSetJson({
          name: 'nginx',
          replicas: 2,
          readyReplicas: 1,
          podManagementPolicy: 'Parallel',
        }),
      ],
      pods: [
        podJson({
          setName: 'nginx',
          ordinal: 0,
          ready: false,
          waitingReason: 'ImagePullBackOff',
        }),
        podJson({ setName: 'nginx', ordinal: 1 }),
      ],
    });
    msw.use(...fake.handlers);

    const response = await getStatus({ entities: [componentEntity('nginx')] });

    expect(response.body.clusters[0].blockingPod).toBeUndefined();
  });

  it('reports autoscaler, GitOps tool and events', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [
        statefulSetJson({
          name: 'nginx',
          replicas: 2,
          labels: { 'argocd.argoproj.io/instance': 'shop-nginx' },
        }),
      ],
      autoscalers: [
        autoscalerJson({
          name: 'web',
          targetName: 'nginx',
          targetKind: 'Deployment',
        }),
        autoscalerJson({ name: 'nginx', targetName: 'nginx' }),
      ],
      events: [
        eventJson({
          setName: 'nginx',
          reason: 'SuccessfulCreate',
          message: 'create Pod nginx-0',
          lastTimestamp: '2026-01-01T00:00:00Z',
        }),
        eventJson({
          setName: 'nginx',
          reason: 'SuccessfulCreate',
          message: 'create Pod nginx-1',
          lastTimestamp: '2026-01-01T00:05:00Z',
        }),
      ],
    });
    msw.use(...fake.handlers);

    const response = await getCompleteStatus({
      entities: [componentEntity('nginx')],
    });

    const cluster = response.body.clusters[0];
    expect(cluster.autoscaler).toEqual({
      name: 'nginx',
      minReplicas: 2,
      maxReplicas: 6,
    });
    expect(cluster.gitOps).toEqual({ tool: 'argocd', owner: 'shop-nginx' });
    expect(cluster.events.map((event: any) => event.message)).toEqual([
      'create Pod nginx-1',
      'create Pod nginx-0',
    ]);
    expect(cluster.events[0].involvedObject).toBe('StatefulSet nginx');
  });

  it('keeps pods when events are forbidden', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [statefulSetJson({ name: 'nginx', replicas: 1 })],
      pods: [podJson({ setName: 'nginx', ordinal: 0 })],
    });
    msw.use(
      http.get(`${PRODUCTION_URL}/api/v1/namespaces/default/events`, () =>
        HttpResponse.json(
          statusJson(
            403,
            'Forbidden',
            'events is forbidden: User "system:serviceaccount:backstage:portal" cannot list resource "events" in API group "" in the namespace "default"',
          ),
          { status: 403 },
        ),
      ),
      ...fake.handlers,
    );

    const response = await getCompleteStatus({
      entities: [componentEntity('nginx')],
    });

    const cluster = response.body.clusters[0];
    expect(cluster.state).toBe('found');
    expect(cluster.pods).toHaveLength(1);
    expect(cluster.partialErrors).toEqual([
      expect.objectContaining({
        reason: 'forbidden',
        verb: 'list',
        resource: 'events',
      }),
    ]);
  });

  it('reports a missing set per cluster', async () => {
    msw.use(...fakeKubernetesApi(PRODUCTION_URL, {}).handlers);

    const response = await getStatus({ entities: [componentEntity('nginx')] });

    expect(response.status).toBe(200);
    expect(response.body.clusters).toEqual([
      {
        state: 'notFound',
        cluster: 'production',
        namespace: 'default',
        name: 'nginx',
        message: expect.stringContaining(
          'StatefulSet "nginx" not found in namespace "default" on cluster "production"',
        ),
      },
    ]);
  });

  it('asks every cluster without cluster annotation', async () => {
    msw.use(
      ...fakeKubernetesApi(PRODUCTION_URL, {
        statefulSets: [statefulSetJson({ name: 'nginx', replicas: 1 })],
      }).handlers,
      ...fakeKubernetesApi(STAGING_URL, {}).handlers,
    );
    const entity = componentEntity('nginx');
    delete entity.metadata.annotations!['backstage.io/kubernetes-cluster'];

    const response = await getStatus({ entities: [entity] });

    expect(
      response.body.clusters.map((c: any) => [c.cluster, c.state]),
    ).toEqual([
      ['production', 'found'],
      ['staging', 'notFound'],
    ]);
  });

  it('reports an unconfigured annotated cluster', async () => {
    const response = await getStatus({
      entities: [
        componentEntity('nginx', { 'backstage.io/kubernetes-cluster': 'moon' }),
      ],
    });

    expect(response.status).toBe(200);
    expect(response.body.clusters[0]).toMatchObject({
      state: 'failed',
      cluster: 'moon',
      error: { reason: 'notFound' },
    });
    expect(response.body.clusters[0].error.message).toContain(
      "Cluster 'moon' is not configured; configured clusters are production, staging",
    );
  });

  it('reports an unusable configured cluster', async () => {
    const config = clusterConfig();
    const clusters = (config.kubernetes as any).clusterLocatorMethods[0]
      .clusters;
    clusters[0].authProvider = 'oidc';

    const response = await getStatus({
      entities: [componentEntity('nginx')],
      config,
    });

    expect(response.body.clusters[0]).toMatchObject({
      state: 'failed',
      cluster: 'production',
      error: { reason: 'unknown' },
    });
    expect(response.body.clusters[0].error.message).toContain(
      "uses authProvider 'oidc', which the statefulset plugin does not support",
    );
  });

  it('responds 503 when no cluster is configured', async () => {
    const response = await getStatus({
      entities: [componentEntity('nginx')],
      config: {},
    });

    expect(response.status).toBe(503);
    expect(response.body.error.message).toContain(
      'No Kubernetes cluster is configured',
    );
    expect(response.body.error.message).toContain(
      'kubernetes.clusterLocatorMethods',
    );
  });

  it('responds 404 for an unknown entity', async () => {
    const response = await getStatus({ entities: [] });

    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain(
      'component:default/nginx not found',
    );
  });

  it.each([
    [{}, 'entityRef: missing'],
    [{ entityRef: 'nginx' }, 'entityRef: got "nginx"'],
  ])('rejects query %j', async (query, expected) => {
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .get('/api/statefulset/status')
      .query(query);

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(expected);
    expect(response.body.error.message).toContain('component:default/nginx');
  });

  it('rejects an entity without kubernetes-id', async () => {
    const entity = componentEntity('nginx');
    delete entity.metadata.annotations!['backstage.io/kubernetes-id'];

    const response = await getStatus({ entities: [entity] });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(
      'has no backstage.io/kubernetes-id annotation',
    );
  });
});
