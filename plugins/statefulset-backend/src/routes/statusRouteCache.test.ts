import request from 'supertest';
import { claimJson, podJson, statefulSetJson } from '../__testUtils__/fixtures';
import {
  FakeClusterState,
  fakeKubernetesApi,
} from '../__testUtils__/fakeKubernetesApi';
import {
  PRODUCTION_URL,
  componentEntity,
  setupFakeClusters,
  startPlugin,
} from '../__testUtils__/startPlugin';

const ENTITY_REF = 'component:default/nginx';

describe('GET /status with shared reads', () => {
  const msw = setupFakeClusters();

  /** Builds a fake cluster with a settled set of `replicas` pods and returns its state for later changes. */
  function settledSet(replicas: number) {
    const state: FakeClusterState = {
      statefulSets: [
        statefulSetJson({ name: 'nginx', replicas, claimTemplates: ['data'] }),
      ],
      pods: Array.from({ length: replicas }, (_, ordinal) =>
        podJson({ setName: 'nginx', ordinal }),
      ),
      claims: Array.from({ length: replicas }, (_, ordinal) =>
        claimJson({ template: 'data', setName: 'nginx', ordinal }),
      ),
    };
    return { ...fakeKubernetesApi(PRODUCTION_URL, state), state };
  }

  it('shares one read among fifty callers', async () => {
    const fake = settledSet(3);
    msw.use(...fake.handlers);
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        request(server)
          .get('/api/statefulset/status')
          .query({ entityRef: ENTITY_REF }),
      ),
    );

    expect(responses.every(response => response.status === 200)).toBe(true);
    expect(
      responses.every(response => response.body.clusters[0].pods.length === 3),
    ).toBe(true);
    expect(fake.requests).toHaveLength(5);
  });

  it('reuses a settled status on repeat', async () => {
    const fake = settledSet(2);
    msw.use(...fake.handlers);
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    for (let call = 0; call < 3; call++) {
      const response = await request(server)
        .get('/api/statefulset/status')
        .query({ entityRef: ENTITY_REF });
      expect(response.body.clusters[0].state).toBe('found');
    }

    expect(fake.requests).toHaveLength(5);
  });

  it('reads the set again after scale', async () => {
    const fake = settledSet(1);
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
