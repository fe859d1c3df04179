import { http, HttpResponse } from 'msw';
import request from 'supertest';
import {
  autoscalerJson,
  claimJson,
  eventJson,
  podJson,
  statefulSetJson,
} from '../__testUtils__/fixtures';
import {
  FakeClusterState,
  RecordedRequest,
  fakeKubernetesApi,
} from '../__testUtils__/fakeKubernetesApi';
import {
  PRODUCTION_URL,
  componentEntity,
  setupFakeClusters,
  startPlugin,
} from '../__testUtils__/startPlugin';
import {
  waitFor,
  waitForRequests,
  waitForStatus,
} from '../__testUtils__/waitFor';

const ENTITY_REF = 'component:default/nginx';
const EVENTS_PATH = '/api/v1/namespaces/default/events';
const AUTOSCALERS_PATH =
  '/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers';

/** Method and path of each request, e.g. `GET /api/v1/namespaces/default/pods`. */
function describeRequests(requests: RecordedRequest[]): string[] {
  return requests.map(r => `${r.method} ${r.path}`);
}

/** Requests for the set, its pods and its claims, without events and autoscalers. */
function setRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    r => r.path !== EVENTS_PATH && r.path !== AUTOSCALERS_PATH,
  );
}

describe('GET /status with shared reads', () => {
  const msw = setupFakeClusters();

  afterEach(() => jest.restoreAllMocks());

  /**
   * Builds a fake cluster with a settled set of `replicas` pods, one event
   * and, unless left out, an autoscaler, and returns its state for later
   * changes.
   */
  function settledSet(
    replicas: number,
    options: { claims: boolean; autoscaler?: boolean },
  ) {
    const state: FakeClusterState = {
      statefulSets: [
        statefulSetJson({
          name: 'nginx',
          replicas,
          claimTemplates: options.claims ? ['data'] : undefined,
        }),
      ],
      pods: Array.from({ length: replicas }, (_, ordinal) =>
        podJson({ setName: 'nginx', ordinal }),
      ),
      claims: options.claims
        ? Array.from({ length: replicas }, (_, ordinal) =>
            claimJson({ template: 'data', setName: 'nginx', ordinal }),
          )
        : [],
      autoscalers:
        options.autoscaler === false
          ? []
          : [autoscalerJson({ name: 'nginx', targetName: 'nginx' })],
      events: [
        eventJson({
          setName: 'nginx',
          reason: 'SuccessfulCreate',
          message: 'create Pod nginx-0',
          lastTimestamp: '2026-01-01T00:00:00Z',
        }),
      ],
    };
    return { ...fakeKubernetesApi(PRODUCTION_URL, state), state };
  }

  async function startWith(fake: ReturnType<typeof settledSet>) {
    msw.use(...fake.handlers);
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });
    return () =>
      request(server)
        .get('/api/statefulset/status')
        .query({ entityRef: ENTITY_REF });
  }

  it('first call with claims makes three requests', async () => {
    const fake = settledSet(2, { claims: true });
    const getStatus = await startWith(fake);

    const first = await getStatus();
    const firstRequests = describeRequests(fake.requests.slice(0, 3));
    const second = await waitForStatus(
      getStatus,
      body => body.clusters[0].events.length > 0,
    );

    expect(firstRequests.sort()).toEqual([
      'GET /api/v1/namespaces/default/persistentvolumeclaims',
      'GET /api/v1/namespaces/default/pods',
      'GET /apis/apps/v1/namespaces/default/statefulsets/nginx',
    ]);
    expect(first.body.clusters[0].pods).toHaveLength(2);
    expect(first.body.clusters[0].claims).toHaveLength(2);
    expect(first.body.clusters[0].autoscaler).toBeUndefined();
    expect(first.body.clusters[0].events).toEqual([]);
    expect(describeRequests(fake.requests.slice(3)).sort()).toEqual([
      `GET ${EVENTS_PATH}`,
      `GET ${AUTOSCALERS_PATH}`,
    ]);
    expect(second.body.clusters[0].autoscaler.name).toBe('nginx');
    expect(second.body.clusters[0].events[0].message).toBe(
      'create Pod nginx-0',
    );
    expect(fake.requests).toHaveLength(5);
  });

  it('first call without claims reads autoscalers', async () => {
    const fake = settledSet(2, { claims: false });
    const getStatus = await startWith(fake);

    const first = await getStatus();
    const firstRequests = describeRequests(fake.requests.slice(0, 3));
    const second = await waitForStatus(
      getStatus,
      body => body.clusters[0].events.length > 0,
    );

    expect(firstRequests.sort()).toEqual([
      'GET /api/v1/namespaces/default/pods',
      'GET /apis/apps/v1/namespaces/default/statefulsets/nginx',
      `GET ${AUTOSCALERS_PATH}`,
    ]);
    expect(first.body.clusters[0].autoscaler).toEqual({
      name: 'nginx',
      minReplicas: 2,
      maxReplicas: 6,
    });
    expect(first.body.clusters[0].events).toEqual([]);
    expect(describeRequests(fake.requests.slice(3))).toEqual([
      `GET ${EVENTS_PATH}`,
    ]);
    expect(second.body.clusters[0].events).toHaveLength(1);
    expect(fake.requests).toHaveLength(4);
  });

  it('shares one read among fifty callers', async () => {
    const fake = settledSet(3, { claims: true });
    const getStatus = await startWith(fake);

    const responses = await Promise.all(
      Array.from({ length: 50 }, () => getStatus()),
    );
    await waitForRequests(fake.requests, 5);

    expect(responses.every(response => response.status === 200)).toBe(true);
    expect(
      responses.every(response => response.body.clusters[0].pods.length === 3),
    ).toBe(true);
    expect(setRequests(fake.requests)).toHaveLength(3);
    expect(fake.requests).toHaveLength(5);
  });

  it('reuses a settled status on repeat', async () => {
    const fake = settledSet(2, { claims: true });
    const getStatus = await startWith(fake);

    await getStatus();
    await waitForStatus(getStatus, body => body.clusters[0].events.length > 0);
    for (let call = 0; call < 3; call++) {
      const response = await getStatus();
      expect(response.body.clusters[0].state).toBe('found');
    }

    expect(fake.requests).toHaveLength(5);
  });

  it('never waits for a list refresh', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    jest.spyOn(Date, 'now').mockImplementation(() => clock.now);
    const fake = settledSet(2, { claims: true });
    const getStatus = await startWith(fake);
    await waitForStatus(
      getStatus,
      body =>
        body.clusters[0].events.length > 0 &&
        body.clusters[0].autoscaler !== undefined,
    );

    // From now on, event and autoscaler lists hang until released, so a
    // call that waited for one would never respond.
    const released: Array<() => void> = [];
    const hang = () =>
      new Promise<Response>(resolve => {
        released.push(() => resolve(HttpResponse.json({ items: [] })));
      });
    msw.use(
      http.get(`${PRODUCTION_URL}${EVENTS_PATH}`, hang),
      http.get(`${PRODUCTION_URL}${AUTOSCALERS_PATH}`, hang),
    );
    clock.now += 30_000;
    await getStatus();
    await waitFor(() => released.length === 2);

    const perCall: number[] = [];
    for (let call = 0; call < 6; call++) {
      clock.now += 10_000;
      const before = setRequests(fake.requests).length;
      const response = await getStatus();
      perCall.push(setRequests(fake.requests).length - before);
      expect(response.body.clusters[0].events).toHaveLength(1);
      expect(response.body.clusters[0].autoscaler.name).toBe('nginx');
    }
    released.forEach(release => release());

    expect(perCall).toEqual([3, 3, 3, 3, 3, 3]);
    expect(released).toHaveLength(2);
  });

  it('reads the set again after scale', async () => {
    const fake = settledSet(1, { claims: true, autoscaler: false });
    msw.use(...fake.handlers);
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });
    const getStatus = () =>
      request(server)
        .get('/api/statefulset/status')
        .query({ entityRef: ENTITY_REF });

    const before = await getStatus();
    const scale = await request(server).post('/api/statefulset/scale').send({
      entityRef: ENTITY_REF,
      cluster: 'production',
      replicas: 2,
      expectedReplicas: 1,
    });
    fake.state.pods!.push(podJson({ setName: 'nginx', ordinal: 1 }));
    const after = await getStatus();

    expect(before.body.clusters[0].pods).toHaveLength(1);
    expect(scale.status).toBe(200);
    expect(
      after.body.clusters[0].pods.map((pod: { name: string }) => pod.name),
    ).toEqual(['nginx-0', 'nginx-1']);
    expect(after.body.clusters[0].statefulSet.desiredReplicas).toBe(2);
  });
});
