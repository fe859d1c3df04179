import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { componentEntity, startPlugin } from '../__testUtils__/startPlugin';

describe('GET /permissions', () => {
  it('returns each action with its reason', async () => {
    const { server, authorizeCalls } = await startPlugin({
      entities: [componentEntity('nginx')],
      permission: permissionRequest =>
        permissionRequest.permission.name === 'statefulset.scale'
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    });

    const response = await request(server)
      .get('/api/statefulset/permissions')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      entityRef: 'component:default/nginx',
      scale: { allowed: true },
      redeploy: {
        allowed: false,
        reason: expect.stringContaining(
          'the permission policy denies statefulset.redeploy',
        ),
      },
      edit: {
        allowed: false,
        reason: expect.stringContaining(
          'the permission policy denies statefulset.edit',
        ),
      },
    });
    expect(authorizeCalls.map(call => call.resourceRef)).toEqual([
      'component:default/nginx',
      'component:default/nginx',
      'component:default/nginx',
    ]);
  });

  it('responds 404 for an entity the caller cannot read', async () => {
    const { server } = await startPlugin({ entities: [] });

    const response = await request(server)
      .get('/api/statefulset/permissions')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(404);
  });
});
