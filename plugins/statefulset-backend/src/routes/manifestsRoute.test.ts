import {
  buildRepositoryFiles,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import request from 'supertest';
import { parse } from 'yaml';
import { statusJson } from '../__testUtils__/fixtures';
import { fakeKubernetesApi } from '../__testUtils__/fakeKubernetesApi';
import {
  PRODUCTION_URL,
  componentEntity,
  setupFakeClusters,
} from '../__testUtils__/startPlugin';
import {
  REPOSITORY_URL,
  startPluginWithRepository,
} from './__testUtils__/startPluginWithRepository';

const MANIFEST_URL = `${REPOSITORY_URL}manifests/statefulset.yaml`;

function gitManifestYaml(): string {
  const result = validateStatefulSetValues({
    name: 'nginx',
    replicas: 3,
    containers: [
      {
        name: 'nginx',
        image: { repository: 'nginx', tag: '1.27.3' },
        resources: { requests: { cpu: '0.5', memory: '256Mi' } },
        env: [{ source: 'value', name: 'MODE', value: 'on' }],
      },
    ],
    owner: 'group:default/guests',
  });
  if (!result.success) {
    throw new Error(JSON.stringify(result.errors));
  }
  const file = buildRepositoryFiles(result.values).find(
    candidate => candidate.path === 'manifests/statefulset.yaml',
  );
  return file!.content;
}

/** The Git manifest as the API server returns it after `kubectl apply`. */
function liveFrom(gitYaml: string, change: (live: any) => void = () => {}) {
  const live = parse(gitYaml);
  live.metadata.uid = '5d3c';
  live.metadata.resourceVersion = '812';
  live.metadata.managedFields = [{ manager: 'kubectl-client-side-apply' }];
  live.spec.revisionHistoryLimit = 10;
  live.spec.template.spec.containers[0].terminationMessagePath =
    '/dev/termination-log';
  live.spec.template.spec.containers[0].resources.requests.cpu = '500m';
  live.spec.template.metadata.annotations = {
    'kubectl.kubernetes.io/restartedAt': '2026-03-01T10:00:00Z',
  };
  live.status = { replicas: 3, readyReplicas: 3 };
  change(live);
  return live;
}

function nginxEntity() {
  return componentEntity('nginx', {
    'backstage.io/source-location': `url:${REPOSITORY_URL}`,
  });
}

const QUERY = { entityRef: 'component:default/nginx', cluster: 'production' };

describe('GET /manifests', () => {
  const msw = setupFakeClusters();

  it('reports no drift for an applied manifest', async () => {
    const gitYaml = gitManifestYaml();
    msw.use(
      ...fakeKubernetesApi(PRODUCTION_URL, {
        statefulSets: [liveFrom(gitYaml)],
      }).handlers,
    );
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: { [MANIFEST_URL]: gitYaml },
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .query(QUERY);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      entityRef: 'component:default/nginx',
      cluster: 'production',
      namespace: 'default',
      name: 'nginx',
      git: gitYaml,
      gitUrl: MANIFEST_URL,
      differences: [],
      drift: false,
    });
    expect(response.body.live).toContain('revisionHistoryLimit: 10');
    expect(response.body.live).not.toContain('managedFields');
    expect(response.body.live).not.toContain('resourceVersion');
    expect(response.body.live).not.toContain('readyReplicas');
  });

  it('flags replicas changed in the cluster', async () => {
    const gitYaml = gitManifestYaml();
    const live = liveFrom(gitYaml, set => {
      set.spec.replicas = 5;
    });
    msw.use(
      ...fakeKubernetesApi(PRODUCTION_URL, { statefulSets: [live] }).handlers,
    );
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: { [MANIFEST_URL]: gitYaml },
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .query(QUERY);

    expect(response.status).toBe(200);
    expect(response.body.drift).toBe(true);
    expect(response.body.differences).toEqual([
      { path: 'spec.replicas', git: '3', live: '5' },
    ]);
  });

  it('returns gitError for a missing manifest', async () => {
    msw.use(
      ...fakeKubernetesApi(PRODUCTION_URL, {
        statefulSets: [liveFrom(gitManifestYaml())],
      }).handlers,
    );
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: {},
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .query(QUERY);

    expect(response.status).toBe(200);
    expect(response.body.git).toBeUndefined();
    expect(response.body.gitError).toBe(
      `manifests/statefulset.yaml not found at ${MANIFEST_URL}`,
    );
    expect(response.body.live).toContain('name: nginx');
    expect(response.body.drift).toBe(false);
  });

  it('leaves out live when the set is missing', async () => {
    const gitYaml = gitManifestYaml();
    msw.use(...fakeKubernetesApi(PRODUCTION_URL, {}).handlers);
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: { [MANIFEST_URL]: gitYaml },
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .query(QUERY);

    expect(response.status).toBe(200);
    expect(response.body.live).toBeUndefined();
    expect(response.body.git).toBe(gitYaml);
    expect(response.body.differences).toEqual([]);
    expect(response.body.drift).toBe(false);
  });

  it('responds 403 when the cluster forbids reading', async () => {
    msw.use(
      http.get(
        `${PRODUCTION_URL}/apis/apps/v1/namespaces/default/statefulsets/nginx`,
        () =>
          HttpResponse.json(
            statusJson(
              403,
              'Forbidden',
              'statefulsets.apps "nginx" is forbidden: User "system:serviceaccount:backstage:portal" cannot get resource "statefulsets"',
            ),
            { status: 403 },
          ),
      ),
    );
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: { [MANIFEST_URL]: gitManifestYaml() },
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .query(QUERY);

    expect(response.status).toBe(403);
    expect(response.body.error.kubernetesError).toMatchObject({
      reason: 'forbidden',
      verb: 'get',
      resource: 'statefulsets',
    });
  });

  it('responds 401 without credentials', async () => {
    const fake = fakeKubernetesApi(PRODUCTION_URL, {
      statefulSets: [liveFrom(gitManifestYaml())],
    });
    msw.use(...fake.handlers);
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: { [MANIFEST_URL]: gitManifestYaml() },
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .set('authorization', mockCredentials.none.header())
      .query(QUERY);

    expect(response.status).toBe(401);
    expect(fake.requests).toEqual([]);
  });

  it('responds 400 without a cluster', async () => {
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: {},
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('cluster: missing');
  });

  it('responds 400 for a cluster the entity lacks', async () => {
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: {},
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .query({ ...QUERY, cluster: 'staging' });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('runs on production');
  });

  it('responds 404 for an unreadable entity', async () => {
    const { server } = await startPluginWithRepository({
      entities: [],
      files: {},
    });

    const response = await request(server)
      .get('/api/statefulset/manifests')
      .query(QUERY);

    expect(response.status).toBe(404);
  });
});
