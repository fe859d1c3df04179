/*
 * Puts the test entities of entities.yaml into the running portal's catalog
 * the way a user registers an existing component: a `url` location that the
 * catalog reads from a small HTTP server on 127.0.0.1.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { callBackend } from './portal.ts';
import { waitFor } from './wait.ts';

/**
 * Port of the entity server. The portal may read from it only when its
 * config allows the host, as e2e/cluster/app-config.yaml does.
 */
const entityPort = Number(process.env.STATEFULSET_E2E_ENTITY_PORT ?? 16090);
const entityUrl = `http://127.0.0.1:${entityPort}/entities.yaml`;

type Location = { id: string; target: string };

async function serveEntities(): Promise<Server> {
  const entities = await readFile(join(import.meta.dirname, 'entities.yaml'));
  const server = createServer((request, response) => {
    if (request.url === '/entities.yaml') {
      response.writeHead(200, { 'content-type': 'application/yaml' });
      response.end(entities);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(entityPort, '127.0.0.1', resolve);
  });
  return server;
}

/**
 * Registers the test entities and waits until the catalog has `entityRef`.
 * Returns a function that removes the location, its entities and the server.
 */
export async function registerTestEntities(
  entityRef: string,
): Promise<() => Promise<void>> {
  const server = await serveEntities();

  const registered = await callBackend<{ location: Location }>(
    'POST',
    '/api/catalog/locations',
    { type: 'url', target: entityUrl },
  );
  let locationId: string;
  if (registered.status === 201) {
    locationId = registered.body.location.id;
  } else if (registered.status === 409) {
    // Registered by an earlier run against the same portal.
    const locations = await callBackend<Array<{ data: Location }>>(
      'GET',
      '/api/catalog/locations',
    );
    const existing = locations.body.find(
      item => item.data.target === entityUrl,
    );
    if (!existing) {
      throw new Error(
        `the catalog reported ${entityUrl} as registered but does not list it`,
      );
    }
    locationId = existing.data.id;
  } else {
    server.close();
    throw new Error(
      `registering ${entityUrl} in the catalog failed with HTTP ${
        registered.status
      }: ${JSON.stringify(
        registered.body,
      )}; start the portal with --config e2e/cluster/app-config.yaml so it may read that host`,
    );
  }

  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  await waitFor(`${entityRef} in the catalog`, async () => {
    const entity = await callBackend<unknown>(
      'GET',
      `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
    );
    return entity.status === 200 ? true : undefined;
  });

  return async () => {
    await callBackend<unknown>(
      'DELETE',
      `/api/catalog/locations/${locationId}`,
    );
    await new Promise(resolve => server.close(resolve));
  };
}
