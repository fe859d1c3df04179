import request from 'supertest';
import {
  claimJson,
  podJson,
  statefulSetJson,
} from '../testUtils/fixtures';
import { fakeKubernetesApi } from '../testUtils/fakeKubernetesApi';
import {
  PRODUCTION_URL,
  componentEntity,
  setupFakeClusters,
  startPlugin,
} from '../testUtils/startPlugin';

describe('GET /status', () => {
  const msw = setupFakeClusters();

  it('returns three pods and their claims', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [statefulSetJson({ name: 'nginx', replicas: 3, claimTemplates: ['data'] })],
      pods: [2, 0, 1].map(ordinal => podJson({ setName: 'nginx', ordinal })),
      claims: [0, 1, 2].map(ordinal => claimJson({ template: 'data', setName: 'nginx', ordinal })),
    });
    msw.use(...fake.handlers);
    const { server } = await startPlugin({ entities: [componentEntity('nginx')] });

    const response = await request(server)
      .get('/api/statefulset/status')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(200);
    expect(response.body.clusters[0].state).toBe('found');
    expect(response.body.clusters[0].pods.map((pod: any) => pod.name)).toEqual([
      'nginx-0',
      'nginx-1',
      'nginx-2',
    ]);
  });
});
