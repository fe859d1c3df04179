/*
 * The NGINX example on a real control plane. The StatefulSet controller
 * creates nginx-0, nginx-1 and nginx-2 one at a time, each after the one
 * before it is Running and Ready. Every pod gets its own Bound claim from the
 * volume claim template. kwok stands in for the kubelet and the storage
 * provisioner.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CoreV1Api, StorageV1Api, Watch } from '@kubernetes/client-node';
import type { KubeConfig, V1Pod } from '@kubernetes/client-node';
import { loadClusterKubeConfig } from './cluster/kubeconfig.ts';
import {
  applyObjects,
  createNamespace,
  deleteNamespace,
  uniqueNamespace,
} from './cluster/objects.ts';
import { examplesDir, renderExample } from './cluster/render.ts';
import { waitFor } from './cluster/wait.ts';

const cluster = loadClusterKubeConfig();
const podNames = ['nginx-0', 'nginx-1', 'nginx-2'];

type PodEvent = {
  type: string;
  name: string;
  running: boolean;
  ready: boolean;
};

function isReady(pod: V1Pod): boolean {
  return (
    pod.status?.conditions?.some(
      condition => condition.type === 'Ready' && condition.status === 'True',
    ) ?? false
  );
}

describe(
  'cluster nginx rollout',
  { skip: 'skipReason' in cluster ? cluster.skipReason : false },
  () => {
    let kubeConfig: KubeConfig;
    let core: CoreV1Api;
    let namespace: string;
    let watchRequest: AbortController | undefined;
    const podEvents: PodEvent[] = [];

    before(async () => {
      if (!('kubeConfig' in cluster)) {
        return;
      }
      kubeConfig = cluster.kubeConfig;
      core = kubeConfig.makeApiClient(CoreV1Api);
      namespace = uniqueNamespace('nginx');
      await createNamespace(kubeConfig, namespace);

      // The watch starts on the empty namespace, so it receives every pod event
      // in the order the API server stored them.
      watchRequest = await new Watch(kubeConfig).watch(
        `/api/v1/namespaces/${namespace}/pods`,
        {},
        (type: string, pod: V1Pod) => {
          podEvents.push({
            type,
            name: pod.metadata?.name ?? '',
            running: pod.status?.phase === 'Running',
            ready: isReady(pod),
          });
        },
        () => {},
      );

      const objects = await renderExample(
        join(examplesDir, 'nginx.yaml'),
        namespace,
      );
      await applyObjects(kubeConfig, objects, { dryRun: false });

      await waitFor(
        'nginx-0..2 to be Running and Ready',
        async () => {
          const pods = (await core.listNamespacedPod({ namespace })).items;
          const done = podNames.every(name =>
            pods.some(
              pod =>
                pod.metadata?.name === name &&
                pod.status?.phase === 'Running' &&
                isReady(pod),
            ),
          );
          return done ? true : undefined;
        },
        {
          describeState: async () =>
            (await core.listNamespacedPod({ namespace })).items
              .map(pod => `${pod.metadata?.name}=${pod.status?.phase}`)
              .join(', ') || 'no pods',
        },
      );
    });

    after(async () => {
      watchRequest?.abort();
      if (namespace) {
        await deleteNamespace(kubeConfig, namespace);
      }
    });

    test('pods created in ordinal order', () => {
      const created = podEvents
        .filter(event => event.type === 'ADDED')
        .map(event => event.name);
      assert.deepEqual(created, podNames);
    });

    test('each pod waits for its predecessor', () => {
      for (let ordinal = 1; ordinal < podNames.length; ordinal++) {
        const addedAt = podEvents.findIndex(
          event => event.type === 'ADDED' && event.name === podNames[ordinal],
        );
        const predecessorReadyAt = podEvents.findIndex(
          event =>
            event.name === podNames[ordinal - 1] &&
            event.running &&
            event.ready,
        );
        assert.ok(
          predecessorReadyAt >= 0,
          `${podNames[ordinal - 1]} never became Ready`,
        );
        assert.ok(
          predecessorReadyAt < addedAt,
          `${podNames[ordinal]} was created before ${
            podNames[ordinal - 1]
          } was Running and Ready`,
        );
      }
    });

    test('pods run on kwok nodes', async () => {
      for (const name of podNames) {
        const pod = await core.readNamespacedPod({ name, namespace });
        assert.equal(pod.status?.phase, 'Running', `${name} phase`);
        assert.match(pod.spec?.nodeName ?? '', /^kwok-node-/, `${name} node`);
      }
    });

    test('claims bound with default class', async () => {
      const classes = await kubeConfig
        .makeApiClient(StorageV1Api)
        .listStorageClass();
      const defaultClass = classes.items.find(
        item =>
          item.metadata?.annotations?.[
            'storageclass.kubernetes.io/is-default-class'
          ] === 'true',
      );
      assert.ok(defaultClass, 'the cluster has no default StorageClass');

      for (const [ordinal, podName] of podNames.entries()) {
        const claimName = `disk-ssd-${podName}`;
        const claim = await core.readNamespacedPersistentVolumeClaim({
          name: claimName,
          namespace,
        });
        assert.equal(claim.status?.phase, 'Bound', `${claimName} phase`);
        assert.equal(claim.spec?.storageClassName, defaultClass.metadata?.name);
        assert.deepEqual(claim.spec?.accessModes, ['ReadWriteOnce']);
        assert.equal(claim.spec?.resources?.requests?.storage, '20Gi');
        assert.equal(claim.status?.capacity?.storage, '20Gi');

        const pod = await core.readNamespacedPod({
          name: podNames[ordinal],
          namespace,
        });
        const claimNames = pod.spec?.volumes?.map(
          volume => volume.persistentVolumeClaim?.claimName,
        );
        assert.ok(
          claimNames?.includes(claimName),
          `${podName} does not mount ${claimName}`,
        );
      }
    });
  },
);
