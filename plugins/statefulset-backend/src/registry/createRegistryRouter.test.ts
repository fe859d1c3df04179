import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import express from 'express';
import request from 'supertest';
import { createRegistryRouter } from './createRegistryRouter';
import {
  pushImage,
  registryBinaryAvailable,
  startTestRegistry,
  TestRegistry,
} from './testRegistry';

// NOTE: These tests need Debian's docker-registry package; without it they
// fail in beforeAll with the missing path rather than pass silently.
jest.setTimeout(30_000);

function createApp(registries: object[]) {
  const config = new ConfigReader({ statefulset: { registries } });
  const logger = mockServices.logger.mock();
  const app = express();
  app.use(
    createRegistryRouter({
      config,
      httpAuth: mockServices.httpAuth(),
      logger,
    }),
  );
  app.use(MiddlewareFactory.create({ config, logger }).error());
  return { app, logger };
}

describe('createRegistryRouter', () => {
  let registry: TestRegistry;
  let host: string;

  beforeAll(async () => {
    if (!registryBinaryAvailable()) {
      throw new Error(
        'docker-registry is missing: install it with apt-get install docker-registry',
      );
    }
    registry = await startTestRegistry();
    host = new URL(registry.url).host;
    await pushImage(registry.url, 'team/app', '1.0.0');
    await pushImage(registry.url, 'team/app', '1.1.0');
    await pushImage(registry.url, 'tools/debug', 'latest');
  });

  afterAll(async () => {
    await registry?.stop();
  });

  it('lists repositories with the registry host', async () => {
    const { app } = createApp([{ name: 'local', url: registry.url }]);

    const response = await request(app).get('/registry/repositories');

    expect(response.status).toBe(200);
    expect(response.body.repositories).toEqual([
      { registry: 'local', image: `${host}/team/app` },
      { registry: 'local', image: `${host}/tools/debug` },
    ]);
    expect(response.body.errors).toEqual([]);
  });

  it('lists tags of one repository', async () => {
    const { app } = createApp([{ name: 'local', url: registry.url }]);

    const response = await request(app)
      .get('/registry/tags')
      .query({ image: `${host}/team/app` });

    expect(response.status).toBe(200);
    expect(response.body.tags).toEqual(['1.0.0', '1.1.0']);
  });

  it('reports an unreachable registry beside the others', async () => {
    const { app, logger } = createApp([
      { name: 'local', url: registry.url },
      { name: 'down', url: 'http://127.0.0.1:1' },
    ]);

    const response = await request(app).get('/registry/repositories');

    expect(response.status).toBe(200);
    expect(response.body.repositories).toHaveLength(2);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].registry).toBe('down');
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('rejects an image outside the registries', async () => {
    const { app } = createApp([{ name: 'local', url: registry.url }]);

    const response = await request(app)
      .get('/registry/tags')
      .query({ image: 'docker.io/library/nginx' });

    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('docker.io/library/nginx');
  });

  it('rejects a missing image parameter', async () => {
    const { app } = createApp([{ name: 'local', url: registry.url }]);

    const response = await request(app).get('/registry/tags');

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('image is missing');
  });

  it('rejects a repository with path tricks', async () => {
    const { app } = createApp([{ name: 'local', url: registry.url }]);

    const response = await request(app)
      .get('/registry/tags')
      .query({ image: `${host}/../_catalog` });

    expect(response.status).toBe(400);
  });
});
