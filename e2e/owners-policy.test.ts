/*
 * The owners-only permission policy through a real portal backend with
 * app-config.owners-only.yaml. The guest may scale, redeploy and edit the
 * StatefulSet of an entity that its group owns and is denied on one that
 * another group owns. The denied attempt is written as an auditor event.
 * The test starts its own backend on port 7307 (STATEFULSET_E2E_OWNERS_PORT)
 * with that overlay, because the backend of scripts/e2e.sh uses the
 * allow-all policy. When scripts/e2e.sh has started the local cluster
 * (STATEFULSET_CLUSTER_KUBECONFIG), the allowed actions run against it.
 * Without it they stop after the permission check with a cluster error.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import { applyObjects, recreateNamespace } from './cluster/objects.ts';
import {
  examplesDir,
  renderExample,
  repositoryRoot,
} from './cluster/render.ts';
import { waitFor } from './cluster/wait.ts';
import { startBackend } from './owners-policy/backend.ts';
import type { StartedBackend } from './owners-policy/backend.ts';

const port = Number(process.env.STATEFULSET_E2E_OWNERS_PORT ?? 7307);
const namespace = 'statefulset-e2e-owners';
const ownedEntityRef = 'component:default/statefulset-owners-guests';
const foreignEntityRef = 'component:default/statefulset-owners-platform';
const guestRef = 'user:default/guest';

/** Admin kubeconfig of the cluster that scripts/e2e.sh started, if any. */
const clusterKubeconfig = process.env.STATEFULSET_CLUSTER_KUBECONFIG;
const clusterOverlay = clusterKubeconfig
  ? join(dirname(clusterKubeconfig), 'app-config.cluster-e2e.yaml')
  : undefined;
const withCluster = Boolean(clusterOverlay && existsSync(clusterOverlay));

type ErrorBody = { error: { name: string; message: string } };
type ActionPermission = { allowed: boolean; reason?: string };
type PermissionsBody = {
  entityRef: string;
  scale: ActionPermission;
  redeploy: ActionPermission;
  edit: ActionPermission;
};
type CatalogEntity = {
  relations?: Array<{ type: string; targetRef: string }>;
};

/** Removes the ANSI color codes of the development log format. */
function stripAnsiCodes(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/**
 * Asserts the response of a call that passed the permission check and then
 * stopped because the backend has no cluster.
 */
function assertNoClusterError(response: {
  status: number;
  body: ErrorBody;
}): void {
  assert.equal(response.status, 503, JSON.stringify(response.body));
  assert.equal(response.body.error.name, 'ServiceUnavailableError');
  assert.match(
    response.body.error.message,
    /No Kubernetes cluster is configured/,
  );
}

describe('owners-only permission policy', () => {
  let workDir: string;
  let backend: StartedBackend;
  let token: string;
  let kubeConfig: KubeConfig | undefined;

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body?: object,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${backend.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as T,
    };
  }

  async function signInAsGuest(): Promise<string> {
    const response = await fetch(
      `${backend.url}/api/auth/guest/refresh?env=development`,
    );
    assert.equal(
      response.ok,
      true,
      `guest sign-in failed with HTTP ${response.status}`,
    );
    const session = (await response.json()) as {
      backstageIdentity: { token: string };
    };
    return session.backstageIdentity.token;
  }

  async function readEntity(ref: string): Promise<CatalogEntity | undefined> {
    const [kind, rest] = ref.split(':');
    const [entityNamespace, name] = rest.split('/');
    const response = await call<CatalogEntity>(
      'GET',
      `/api/catalog/entities/by-name/${kind}/${entityNamespace}/${name}`,
    );
    return response.status === 200 ? response.body : undefined;
  }

  before(
    async () => {
      workDir = await mkdtemp(join(tmpdir(), 'statefulset-e2e-owners-'));
      const overlayPath = join(workDir, 'app-config.owners-e2e.yaml');
      await writeFile(
        overlayPath,
        stringify({
          backend: { baseUrl: `http://localhost:${port}`, listen: { port } },
          catalog: {
            locations: [
              {
                type: 'file',
                target: join(repositoryRoot, 'examples', 'org.yaml'),
                rules: [{ allow: ['User', 'Group'] }],
              },
              {
                type: 'file',
                target: join(
                  import.meta.dirname,
                  'owners-policy',
                  'entities.yaml',
                ),
                rules: [{ allow: ['Component', 'Group'] }],
              },
            ],
          },
        }),
      );

      backend = await startBackend({
        port,
        logPath: join(workDir, 'backend.log'),
        configPaths: [
          join(repositoryRoot, 'app-config.owners-only.yaml'),
          overlayPath,
          ...(withCluster ? [clusterOverlay!] : []),
        ],
      });

      // Until the catalog has the guest's user entity, guest sign-in falls
      // back to a token that owns only the user ref, so wait for the
      // membership before taking the token for the tests.
      token = await signInAsGuest();
      await waitFor(
        'the guest user, its group membership and the test entities',
        async () => {
          const user = await readEntity(guestRef);
          const member = user?.relations?.some(
            relation =>
              relation.type === 'memberOf' &&
              relation.targetRef === 'group:default/guests',
          );
          const owned = await readEntity(ownedEntityRef);
          const foreign = await readEntity(foreignEntityRef);
          return member && owned && foreign ? true : undefined;
        },
        { timeoutMs: 120_000 },
      );
      token = await signInAsGuest();

      if (withCluster) {
        kubeConfig = new KubeConfig();
        kubeConfig.loadFromFile(clusterKubeconfig!);
        await recreateNamespace(kubeConfig, namespace);
        const objects = await renderExample(
          join(examplesDir, 'nginx.yaml'),
          namespace,
        );
        await applyObjects(kubeConfig, objects, { dryRun: false });
      }
    },
    { timeout: 600_000 },
  );

  after(async () => {
    if (kubeConfig) {
      await kubeConfig
        .makeApiClient(CoreV1Api)
        .deleteNamespace({ name: namespace })
        .catch(() => undefined);
    }
    await backend?.stop();
    if (workDir) {
      await rm(workDir, { recursive: true, force: true });
    }
  });

  test('guest owns its group', async () => {
    // The token carries no ownership refs; the auth backend's user info
    // endpoint returns the ones that the permission backend evaluates.
    const response = await call<{ claims: { sub: string; ent: string[] } }>(
      'GET',
      '/api/auth/v1/userinfo',
    );

    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.claims.sub, guestRef);
    assert.deepEqual([...response.body.claims.ent].sort(), [
      'group:default/guests',
      guestRef,
    ]);
  });

  test('permissions route allows the owner', async () => {
    const response = await call<PermissionsBody>(
      'GET',
      `/api/statefulset/permissions?entityRef=${encodeURIComponent(
        ownedEntityRef,
      )}`,
    );

    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(response.body.scale, { allowed: true });
    assert.deepEqual(response.body.redeploy, { allowed: true });
    assert.deepEqual(response.body.edit, { allowed: true });
  });

  test('permissions route denies a non-owner', async () => {
    const response = await call<PermissionsBody>(
      'GET',
      `/api/statefulset/permissions?entityRef=${encodeURIComponent(
        foreignEntityRef,
      )}`,
    );

    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.scale.allowed, false);
    assert.match(response.body.scale.reason ?? '', /statefulset\.scale/);
    assert.equal(response.body.redeploy.allowed, false);
    assert.match(response.body.redeploy.reason ?? '', /statefulset\.redeploy/);
    assert.equal(response.body.edit.allowed, false);
    assert.match(response.body.edit.reason ?? '', /statefulset\.edit/);
  });

  test('catalog evaluates the owner condition', async () => {
    // The policy returns a conditional decision, which the permission
    // backend resolves by sending it to the catalog with the entity ref.
    const response = await call<PermissionsBody>(
      'GET',
      `/api/statefulset/permissions?entityRef=${encodeURIComponent(
        ownedEntityRef,
      )}`,
    );
    assert.equal(response.status, 200);

    const applied = await waitFor(
      'a call to the catalog apply-conditions endpoint',
      async () =>
        stripAnsiCodes(await backend.readLog())
          .split('\n')
          .find(text =>
            text.includes(
              '"POST /api/catalog/.well-known/backstage/permissions/apply-conditions HTTP/1.1" 200',
            ),
          ),
    );
    assert.ok(applied);
  });

  test('non-owner scale is forbidden', async () => {
    const response = await call<ErrorBody>('POST', '/api/statefulset/scale', {
      entityRef: foreignEntityRef,
      cluster: 'local',
      replicas: 4,
      expectedReplicas: 3,
    });

    assert.equal(response.status, 403, JSON.stringify(response.body));
    assert.equal(response.body.error.name, 'NotAllowedError');
    assert.match(response.body.error.message, /statefulset\.scale/);
    assert.match(response.body.error.message, new RegExp(foreignEntityRef));
  });

  test('non-owner redeploy is forbidden', async () => {
    const response = await call<ErrorBody>(
      'POST',
      '/api/statefulset/redeploy',
      {
        entityRef: foreignEntityRef,
        cluster: 'local',
      },
    );

    assert.equal(response.status, 403, JSON.stringify(response.body));
    assert.equal(response.body.error.name, 'NotAllowedError');
    assert.match(response.body.error.message, /statefulset\.redeploy/);
  });

  test('denied scale is audited', async () => {
    const denied = await call<ErrorBody>('POST', '/api/statefulset/scale', {
      entityRef: foreignEntityRef,
      cluster: 'local',
      replicas: 2,
      expectedReplicas: 3,
    });
    assert.equal(denied.status, 403);

    // The auditor writes through the root logger, in the development format
    // because the backend runs with NODE_ENV=development.
    const line = await waitFor(
      'the auditor event of the denied scale',
      async () =>
        stripAnsiCodes(await backend.readLog())
          .split('\n')
          .find(
            text =>
              text.includes('eventId="statefulset-scale"') &&
              text.includes('status="failed"') &&
              text.includes(`"entityRef":"${foreignEntityRef}"`) &&
              text.includes('"requestedReplicas":2'),
          ),
    );
    assert.match(line, /"actorId":"user:default\/guest"/);
    assert.match(line, /name="NotAllowedError"/);
    assert.match(line, /the permission policy denies statefulset\.scale/);
  });

  test('owner scale passes the permission check', async () => {
    const response = await call<ErrorBody & { replicas?: number }>(
      'POST',
      '/api/statefulset/scale',
      {
        entityRef: ownedEntityRef,
        cluster: 'local',
        replicas: 4,
        expectedReplicas: 3,
      },
    );

    if (withCluster) {
      assert.equal(response.status, 200, JSON.stringify(response.body));
      assert.equal(response.body.replicas, 4);
    } else {
      assertNoClusterError(response);
    }
  });

  test('owner redeploy passes the permission check', async () => {
    const response = await call<ErrorBody & { restartedAt?: string }>(
      'POST',
      '/api/statefulset/redeploy',
      { entityRef: ownedEntityRef, cluster: 'local' },
    );

    if (withCluster) {
      assert.equal(response.status, 200, JSON.stringify(response.body));
      assert.ok(response.body.restartedAt);
    } else {
      assertNoClusterError(response);
    }
  });

  test('non-owner may read the status', async () => {
    const response = await call<{ entityRef?: string } & Partial<ErrorBody>>(
      'GET',
      `/api/statefulset/status?entityRef=${encodeURIComponent(
        foreignEntityRef,
      )}`,
    );

    if (withCluster) {
      assert.equal(response.status, 200, JSON.stringify(response.body));
    } else {
      assertNoClusterError(response as { status: number; body: ErrorBody });
    }
  });
});
