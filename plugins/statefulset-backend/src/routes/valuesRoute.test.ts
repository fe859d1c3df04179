import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { componentEntity } from '../__testUtils__/startPlugin';
import {
  REPOSITORY_URL,
  startPluginWithRepository,
} from './__testUtils__/startPluginWithRepository';

const VALUES_URL = `${REPOSITORY_URL}values.yaml`;
const VALUES_YAML = [
  '# Values of the Backstage template',
  'name: nginx',
  'namespace: default',
  'replicas: 3',
  'containers:',
  '  - name: nginx',
  '    image:',
  '      repository: nginx',
  'owner: group:default/guests',
  '',
].join('\n');

function nginxEntity() {
  return componentEntity('nginx', {
    'backstage.io/source-location': `url:${REPOSITORY_URL}`,
  });
}

describe('GET /values', () => {
  it('returns the parsed values.yaml', async () => {
    const { server, urlReader } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: { [VALUES_URL]: VALUES_YAML },
    });

    const response = await request(server)
      .get('/api/statefulset/values')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(200);
    expect(response.body.entityRef).toBe('component:default/nginx');
    expect(response.body.valuesUrl).toBe(VALUES_URL);
    expect(response.body.values).toEqual({
      name: 'nginx',
      namespace: 'default',
      replicas: 3,
      containers: [{ name: 'nginx', image: { repository: 'nginx' } }],
      owner: 'group:default/guests',
    });
    expect(urlReader.readUrl).toHaveBeenCalledWith(VALUES_URL);
  });

  it('responds 401 without credentials', async () => {
    const { server, urlReader } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: { [VALUES_URL]: VALUES_YAML },
    });

    const response = await request(server)
      .get('/api/statefulset/values')
      .set('authorization', mockCredentials.none.header())
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(401);
    expect(urlReader.readUrl).not.toHaveBeenCalled();
  });

  it('responds 404 naming a missing file', async () => {
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: {},
    });

    const response = await request(server)
      .get('/api/statefulset/values')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain(
      `values.yaml not found at ${VALUES_URL}`,
    );
  });

  it('responds 404 for an unreadable entity', async () => {
    const { server } = await startPluginWithRepository({
      entities: [],
      files: { [VALUES_URL]: VALUES_YAML },
    });

    const response = await request(server)
      .get('/api/statefulset/values')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain(
      'Entity component:default/nginx not found in the catalog',
    );
  });

  it('responds 400 for a non-StatefulSet entity', async () => {
    const entity = nginxEntity();
    delete entity.metadata.annotations!['backstage.io/kubernetes-id'];
    const { server, urlReader } = await startPluginWithRepository({
      entities: [entity],
      files: { [VALUES_URL]: VALUES_YAML },
    });

    const response = await request(server)
      .get('/api/statefulset/values')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(
      'has no backstage.io/kubernetes-id annotation',
    );
    expect(urlReader.readUrl).not.toHaveBeenCalled();
  });

  it('responds 400 without a repository URL', async () => {
    const { server } = await startPluginWithRepository({
      entities: [componentEntity('nginx')],
      files: {},
    });

    const response = await request(server)
      .get('/api/statefulset/values')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(
      'no backstage.io/source-location or backstage.io/managed-by-location annotation',
    );
  });

  it('responds 400 for values.yaml that is a list', async () => {
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: { [VALUES_URL]: '- name: nginx\n' },
    });

    const response = await request(server)
      .get('/api/statefulset/values')
      .query({ entityRef: 'component:default/nginx' });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(
      'does not contain a YAML mapping',
    );
  });

  it('responds 400 for a malformed entity ref', async () => {
    const { server } = await startPluginWithRepository({
      entities: [nginxEntity()],
      files: {},
    });

    const response = await request(server)
      .get('/api/statefulset/values')
      .query({ entityRef: 'nginx' });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('entityRef: got "nginx"');
  });

  it.each(['component:default/nginx\n', 'component:default/ng\u0000inx'])(
    'responds 400 for control characters in %j',
    async entityRef => {
      const { server } = await startPluginWithRepository({
        entities: [nginxEntity()],
        files: {},
      });

      const response = await request(server)
        .get('/api/statefulset/values')
        .query({ entityRef });

      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(
        `entityRef: got ${JSON.stringify(
          entityRef,
        )}, contains a control character`,
      );
      expect(response.body.error.message).toContain(
        'e.g. component:default/nginx',
      );
    },
  );
});
