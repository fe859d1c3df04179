import { JsonObject } from '@backstage/types';
import { delay, http, HttpResponse } from 'msw';
import net from 'node:net';
import request from 'supertest';
import { statusJson } from '../__testUtils__/fixtures';
import {
  PRODUCTION_URL,
  TEST_TOKEN,
  clusterConfig,
  componentEntity,
  setupFakeClusters,
  startPlugin,
} from '../__testUtils__/startPlugin';

const SET_PATH = '/apis/apps/v1/namespaces/default/statefulsets/nginx';

/** Config with one cluster `production` at `url`. */
function oneClusterConfig(
  url: string,
  statefulset: JsonObject = {},
): JsonObject {
  return {
    kubernetes: {
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            {
              name: 'production',
              url,
              authProvider: 'serviceAccount',
              serviceAccountToken: TEST_TOKEN,
            },
          ],
        },
      ],
    },
    statefulset,
  };
}

/** Finds a loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

describe('Kubernetes errors in GET /status', () => {
  const msw = setupFakeClusters();

  async function statusWith(config: JsonObject) {
    const { server } = await startPlugin({
      entities: [componentEntity('nginx')],
      config,
    });
    const response = await request(server)
      .get('/api/statefulset/status')
      .query({ entityRef: 'component:default/nginx' });
    expect(response.status).toBe(200);
    expect(response.text).not.toContain(TEST_TOKEN);
    expect(response.text).not.toMatch(/\n\s+at /);
    return response.body.clusters[0];
  }

  function respondToSetWith(status: number, body: object) {
    msw.use(
      http.get(`${PRODUCTION_URL}${SET_PATH}`, () =>
        HttpResponse.json(body, { status }),
      ),
    );
  }

  it('names the missing RBAC verb on forbidden', async () => {
    respondToSetWith(
      403,
      statusJson(
        403,
        'Forbidden',
        'statefulsets.apps "nginx" is forbidden: User "system:serviceaccount:backstage:portal" cannot get resource "statefulsets" in API group "apps" in the namespace "default"',
      ),
    );

    const cluster = await statusWith(clusterConfig());

    expect(cluster).toEqual({
      state: 'failed',
      cluster: 'production',
      error: {
        reason: 'forbidden',
        verb: 'get',
        resource: 'statefulsets',
        namespace: 'default',
        message: expect.stringContaining(
          'grant it verb "get" on resource "statefulsets"',
        ),
      },
    });
  });

  it('reports rejected credentials as unauthorized', async () => {
    respondToSetWith(401, statusJson(401, 'Unauthorized', 'Unauthorized'));

    const cluster = await statusWith(clusterConfig());

    expect(cluster.error.reason).toBe('unauthorized');
    expect(cluster.error.message).toContain(
      "renew the cluster's serviceAccountToken",
    );
  });

  it('reports a server error with its message', async () => {
    respondToSetWith(
      500,
      statusJson(500, 'InternalError', 'etcdserver: request timed out'),
    );

    const cluster = await statusWith(clusterConfig());

    expect(cluster.error.reason).toBe('unknown');
    expect(cluster.error.message).toContain(
      'HTTP 500: etcdserver: request timed out',
    );
  });

  it('reports an unreachable cluster by name', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;

    const cluster = await statusWith(oneClusterConfig(url));

    expect(cluster.error.reason).toBe('unreachable');
    expect(cluster.error.message).toContain(
      'Cannot reach the API server of cluster "production" (ECONNREFUSED)',
    );
  });

  it('reports a slow cluster as timed out', async () => {
    msw.use(
      http.get(`${PRODUCTION_URL}${SET_PATH}`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );

    const cluster = await statusWith(
      oneClusterConfig(PRODUCTION_URL, {
        requestTimeout: { milliseconds: 50 },
      }),
    );

    expect(cluster.error.reason).toBe('timedOut');
    expect(cluster.error.message).toContain(
      'cluster "production" did not respond in time',
    );
  });
});
