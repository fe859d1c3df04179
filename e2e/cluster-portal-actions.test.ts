/*
 * Scale and Redeploy through the portal's backend routes, against the NGINX
 * example on the local control plane. Needs the portal started with the
 * overlay app-config.cluster-e2e.yaml of tools/cluster/start and with
 * e2e/cluster/app-config.yaml, as scripts/e2e.sh does; the test registers
 * the entities of e2e/cluster/entities.yaml itself.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AppsV1Api, CoreV1Api, Watch } from '@kubernetes/client-node';
import type { KubeConfig, V1Pod } from '@kubernetes/client-node';
import type { StatefulSetStatusResponse } from '@internal/backstage-plugin-statefulset-common';
import { loadClusterKubeConfig } from './cluster/kubeconfig.ts';
import { registerTestEntities } from './cluster/catalog.ts';
import { applyObjects, recreateNamespace } from './cluster/objects.ts';
import { callBackend, checkBackendReachable } from './cluster/portal.ts';
import { examplesDir, renderExample } from './cluster/render.ts';
import { waitFor } from './cluster/wait.ts';

// Fixed names, because the catalog entities in e2e/cluster/entities.yaml
// point at them.
const namespace = 'statefulset-e2e';
const setName = 'nginx';
const entityRef = 'component:default/statefulset-e2e-nginx';
const viewerEntityRef = 'component:default/statefulset-e2e-nginx-viewer';

const cluster = loadClusterKubeConfig();
const backendSkipReason = await checkBackendReachable();
const skipReason =
  'skipReason' in cluster ? cluster.skipReason : backendSkipReason;

type ErrorBody = {
  error: {
    name: string;
    message: string;
    kubernetesError?: { reason: string };
  };
};

function isReady(pod: V1Pod): boolean {
  return (
    pod.status?.phase === 'Running' &&
    (pod.status.conditions?.some(
      condition => condition.type === 'Ready' && condition.status === 'True',
    ) ??
      false)
  );
}

describe('cluster portal actions', { skip: skipReason ?? false }, () => {
  let kubeConfig: KubeConfig;
  let core: CoreV1Api;
  let apps: AppsV1Api;
  let unregisterEntities: (() => Promise<void>) | undefined;

  async function podNames(): Promise<string[]> {
    const pods = await core.listNamespacedPod({ namespace });
    return pods.items.map(pod => pod.metadata!.name!).sort();
  }

  async function waitForReadyPods(expected: string[]): Promise<void> {
    await waitFor(
      `exactly ${expected.join(', ')} Running and Ready`,
      async () => {
        const pods = (await core.listNamespacedPod({ namespace })).items;
        const ready = pods
          .filter(pod => isReady(pod) && !pod.metadata?.deletionTimestamp)
          .map(pod => pod.metadata!.name!)
          .sort();
        const done =
          pods.length === expected.length &&
          JSON.stringify(ready) === JSON.stringify([...expected].sort());
        return done ? true : undefined;
      },
      { describeState: async () => (await podNames()).join(', ') || 'no pods' },
    );
  }

  async function specReplicas(): Promise<number | undefined> {
    const set = await apps.readNamespacedStatefulSet({
      name: setName,
      namespace,
    });
    return set.spec?.replicas;
  }

  function ordinals(count: number): string[] {
    return Array.from(
      { length: count },
      (_, ordinal) => `${setName}-${ordinal}`,
    );
  }

  before(async () => {
    if (!('kubeConfig' in cluster)) {
      return;
    }
    kubeConfig = cluster.kubeConfig;
    core = kubeConfig.makeApiClient(CoreV1Api);
    apps = kubeConfig.makeApiClient(AppsV1Api);

    unregisterEntities = await registerTestEntities(entityRef);

    // A namespace left by an earlier run against the same cluster goes first.
    await recreateNamespace(kubeConfig, namespace);

    const objects = await renderExample(
      join(examplesDir, 'nginx.yaml'),
      namespace,
    );
    await applyObjects(kubeConfig, objects, { dryRun: false });
    await waitForReadyPods(ordinals(3));
  });

  after(async () => {
    await unregisterEntities?.();
    if (kubeConfig) {
      await core.deleteNamespace({ name: namespace });
    }
  });

  test('scale out then in keeps claims', async () => {
    const scaleOut = await callBackend<{
      previousReplicas: number;
      replicas: number;
    }>('POST', '/api/statefulset/scale', {
      entityRef,
      cluster: 'local',
      replicas: 5,
      expectedReplicas: 3,
    });
    assert.equal(scaleOut.status, 200, JSON.stringify(scaleOut.body));
    assert.equal(scaleOut.body.previousReplicas, 3);
    assert.equal(scaleOut.body.replicas, 5);
    await waitForReadyPods(ordinals(5));

    const scaleIn = await callBackend<{
      previousReplicas: number;
      replicas: number;
    }>('POST', '/api/statefulset/scale', {
      entityRef,
      cluster: 'local',
      replicas: 3,
      expectedReplicas: 5,
    });
    assert.equal(scaleIn.status, 200, JSON.stringify(scaleIn.body));
    await waitForReadyPods(ordinals(3));

    for (const pod of ordinals(5)) {
      const claim = await core.readNamespacedPersistentVolumeClaim({
        name: `disk-ssd-${pod}`,
        namespace,
      });
      assert.equal(claim.status?.phase, 'Bound', `disk-ssd-${pod} phase`);
    }

    const status = await callBackend<StatefulSetStatusResponse>(
      'GET',
      `/api/statefulset/status?entityRef=${encodeURIComponent(entityRef)}`,
    );
    assert.equal(status.status, 200);
    const local = status.body.clusters[0];
    assert.equal(local.state, 'found');
    if (local.state !== 'found') {
      return;
    }
    const retained = Object.fromEntries(
      local.claims.map(claim => [claim.name, claim.retained]),
    );
    assert.deepEqual(retained, {
      'disk-ssd-nginx-0': false,
      'disk-ssd-nginx-1': false,
      'disk-ssd-nginx-2': false,
      'disk-ssd-nginx-3': true,
      'disk-ssd-nginx-4': true,
    });
  });

  test('scale with stale count conflicts', async () => {
    const response = await callBackend<ErrorBody>(
      'POST',
      '/api/statefulset/scale',
      {
        entityRef,
        cluster: 'local',
        replicas: 4,
        expectedReplicas: 5,
      },
    );

    assert.equal(response.status, 409, JSON.stringify(response.body));
    assert.equal(await specReplicas(), 3);
  });

  test('redeploy replaces pods highest ordinal first', async () => {
    // A replacement pod has the same name as the pod it replaces, so old
    // pods are identified by uid.
    const oldPods = (await core.listNamespacedPod({ namespace })).items;
    const oldUids = new Set(oldPods.map(pod => pod.metadata!.uid!));
    const deletedOldPods: string[] = [];
    const watch = await new Watch(kubeConfig).watch(
      `/api/v1/namespaces/${namespace}/pods`,
      {},
      (type: string, pod: V1Pod) => {
        if (type === 'DELETED' && oldUids.has(pod.metadata!.uid!)) {
          deletedOldPods.push(pod.metadata!.name!);
        }
      },
      () => {},
    );

    try {
      const response = await callBackend<{ restartedAt: string }>(
        'POST',
        '/api/statefulset/redeploy',
        { entityRef, cluster: 'local' },
      );
      assert.equal(response.status, 200, JSON.stringify(response.body));

      const set = await apps.readNamespacedStatefulSet({
        name: setName,
        namespace,
      });
      assert.equal(
        set.spec?.template.metadata?.annotations?.[
          'kubectl.kubernetes.io/restartedAt'
        ],
        response.body.restartedAt,
      );

      await waitFor('the rollout to finish', async () => {
        const current = await apps.readNamespacedStatefulSet({
          name: setName,
          namespace,
        });
        const done =
          current.status?.observedGeneration === current.metadata?.generation &&
          current.status?.updateRevision === current.status?.currentRevision &&
          current.status?.updatedReplicas === 3 &&
          current.status?.readyReplicas === 3;
        return done ? true : undefined;
      });
      await waitForReadyPods(ordinals(3));
    } finally {
      watch.abort();
    }

    assert.deepEqual(deletedOldPods, ['nginx-2', 'nginx-1', 'nginx-0']);
    const pods = (await core.listNamespacedPod({ namespace })).items;
    for (const pod of pods) {
      assert.ok(
        !oldUids.has(pod.metadata!.uid!),
        `${pod.metadata!.name} was not replaced`,
      );
    }
  });

  test('viewer scale is forbidden', async () => {
    const response = await callBackend<ErrorBody>(
      'POST',
      '/api/statefulset/scale',
      {
        entityRef: viewerEntityRef,
        cluster: 'local-viewer',
        replicas: 4,
        expectedReplicas: 3,
      },
    );

    assert.equal(response.status, 403, JSON.stringify(response.body));
    assert.equal(response.body.error.kubernetesError?.reason, 'forbidden');
    assert.match(response.body.error.message, /statefulsets\/scale/);
    assert.equal(await specReplicas(), 3);
  });
});
