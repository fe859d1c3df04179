import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { statefulsetPlugin } from './plugin';
import { componentEntity } from './__testUtils__/startPlugin';

describe('statefulsetPlugin', () => {
  it('starts without any cluster configured', async () => {
    const { server } = await startTestBackend({
      features: [
        statefulsetPlugin,
        catalogServiceMock.factory({ entities: [componentEntity('nginx')] }),
        mockServices.rootConfig.factory({ data: {} }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      ],
    });

    const response = await request(server)
      .get('/api/statefulset/status')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(503);
    expect(response.body.error.message).toContain(
      'No Kubernetes cluster is configured',
    );
  });

  it('fails to start on an invalid maximum', async () => {
    await expect(
      startTestBackend({
        features: [
          statefulsetPlugin,
          catalogServiceMock.factory({ entities: [] }),
          mockServices.rootConfig.factory({
            data: { statefulset: { maxReplicas: -1 } },
          }),
        ],
      }),
    ).rejects.toThrow('Invalid config statefulset.maxReplicas: -1');
  });

  it('rejects unauthenticated requests', async () => {
    const { server } = await startTestBackend({
      features: [
        statefulsetPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });

    const response = await request(server)
      .get('/api/statefulset/status')
      .set('Authorization', 'Bearer mock-none-token')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(401);
  });
});
