/*
 * Applying rendered objects the way `kubectl apply --server-side` does.
 */
import {
  CoreV1Api,
  KubernetesObjectApi,
  PatchStrategy,
} from '@kubernetes/client-node';
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { waitFor } from './wait.ts';

const fieldManager = 'statefulset-e2e';

/** Returns `kind/name` of an object, for messages. */
export function describeObject(object: KubernetesObject): string {
  return `${object.kind}/${object.metadata?.name}`;
}

/**
 * Applies `objects` with server-side apply, in order. With `dryRun` the API
 * server runs admission and validation but stores nothing. Rethrows a failure
 * with the object's kind and name and the API server's message.
 */
export async function applyObjects(
  kubeConfig: KubeConfig,
  objects: KubernetesObject[],
  options: { dryRun: boolean },
): Promise<KubernetesObject[]> {
  const client = KubernetesObjectApi.makeApiClient(kubeConfig);
  const applied: KubernetesObject[] = [];
  for (const object of objects) {
    try {
      applied.push(
        await client.patch(
          object,
          undefined,
          options.dryRun ? 'All' : undefined,
          fieldManager,
          true,
          PatchStrategy.ServerSideApply,
        ),
      );
    } catch (error) {
      const body = (error as { body?: unknown }).body;
      throw new Error(
        `${
          options.dryRun ? 'server-side dry run' : 'apply'
        } of ${describeObject(object)} failed: ${
          typeof body === 'string' ? body : String(error)
        }`,
        { cause: error },
      );
    }
  }
  return applied;
}

/** Creates namespace `name` for one test's objects. */
export async function createNamespace(
  kubeConfig: KubeConfig,
  name: string,
): Promise<void> {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  await core.createNamespace({
    body: {
      metadata: {
        name,
        labels: { 'app.kubernetes.io/part-of': 'statefulset-e2e' },
      },
    },
  });
}

/** Deletes namespace `name` and everything in it, without waiting. */
export async function deleteNamespace(
  kubeConfig: KubeConfig,
  name: string,
): Promise<void> {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  await core.deleteNamespace({ name });
}

/**
 * Deletes namespace `name` when an earlier run left it, waits until the
 * cluster has removed it, then creates it empty.
 */
export async function recreateNamespace(
  kubeConfig: KubeConfig,
  name: string,
): Promise<void> {
  const core = kubeConfig.makeApiClient(CoreV1Api);

  // The delete fails when the namespace is absent, which is the usual case.
  // The wait below times out with the namespace name if it stays.
  await core.deleteNamespace({ name }).catch(() => undefined);
  await waitFor(`namespace ${name} to be gone`, async () =>
    core.readNamespace({ name }).then(
      () => undefined,
      () => true,
    ),
  );

  await createNamespace(kubeConfig, name);
}

/** Returns a namespace name unique to this run, e.g. `e2e-nginx-k3x9a`. */
export function uniqueNamespace(prefix: string): string {
  return `e2e-${prefix}-${Math.random().toString(36).slice(2, 7)}`;
}
