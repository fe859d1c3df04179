import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { http, HttpResponse } from 'msw';
import request from 'supertest';
import { statefulSetJson, statusJson } from '../__testUtils__/fixtures';
import { fakeKubernetesApi } from '../__testUtils__/fakeKubernetesApi';
import {
  PRODUCTION_URL,
  componentEntity,
  setupFakeClusters,
  startPlugin,
} from '../__testUtils__/startPlugin';

const REDEPLOY_BODY = {
  entityRef: 'component:default/nginx',
  cluster: 'production',
};
const RFC_3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('POST /redeploy', () => {
  const msw = setupFakeClusters();

  function useCluster() {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [statefulSetJson({ name: 'nginx', replicas: 2 })],
    });
    msw.use(...fake.handlers);
    return fake;
  }

  it('patches the restartedAt annotation', async () => {
    const fake = useCluster();
    const { server, auditEvents } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/redeploy')
      .send(REDEPLOY_BODY);

    expect(response.status).toBe(200);
    expect(response.body.cluster).toBe('production');
    expect(response.body.restartedAt).toMatch(RFC_3339_SECONDS);
    expect(fake.requests).toHaveLength(1);
    const patch = fake.requests[0];
    expect(patch.method).toBe('PATCH');
    expect(patch.path).toBe(
      '/apis/apps/v1/namespaces/default/statefulsets/nginx',
    );
    expect(patch.contentType).toBe('application/strategic-merge-patch+json');
    expect(patch.body).toEqual({
      spec: {
        template: {
          metadata: {
            annotations: {
              'kubectl.kubernetes.io/restartedAt': response.body.restartedAt,
            },
          },
        },
      },
    });
    expect(auditEvents).toEqual([
      expect.objectContaining({
        eventId: 'statefulset-redeploy',
        outcome: 'success',
        meta: expect.objectContaining({
          actor: 'user:default/mock',
          entityRef: 'component:default/nginx',
          cluster: 'production',
          namespace: 'default',
          name: 'nginx',
          restartedAt: response.body.restartedAt,
        }),
      }),
    ]);
  });

  it('rejects a denied caller without cluster requests', async () => {
    const fake = useCluster();
    const { server, auditEvents } = await startPlugin({
      entities: [componentEntity('nginx')],
      permission: AuthorizeResult.DENY,
    });

    const response = await request(server)
      .post('/api/statefulset/redeploy')
      .send(REDEPLOY_BODY);

    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('statefulset.redeploy');
    expect(fake.requests).toEqual([]);
    expect(auditEvents[0]).toMatchObject({
      eventId: 'statefulset-redeploy',
      outcome: 'failure',
    });
  });

  it('passes on the reason of an invalid patch', async () => {
    useCluster();
    const apiMessage =
      "StatefulSet.apps \"nginx\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";
    msw.use(
      http.patch(
        `${PRODUCTION_URL}/apis/apps/v1/namespaces/default/statefulsets/nginx`,
        () =>
          HttpResponse.json(statusJson(422, 'Invalid', apiMessage), {
            status: 422,
          }),
      ),
    );
    const { server, auditEvents } = await startPlugin({
      entities: [componentEntity('nginx')],
    });

    const response = await request(server)
      .post('/api/statefulset/redeploy')
      .send(REDEPLOY_BODY);

    expect(response.status).toBe(422);
    expect(response.body.error.kubernetesError.reason).toBe('invalid');
    expect(response.body.error.message).toContain(apiMessage);
    expect(auditEvents[0].outcome).toBe('failure');
  });
});
