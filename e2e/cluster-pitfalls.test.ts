/*
 * Known StatefulSet mistakes, run against the local control plane of
 * tools/cluster. Input mistakes fail validation and never reach the API
 * server, and the API server stores what the builder emits as written.
 * A whenScaled Delete retention policy removes the claim of a removed ordinal.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
} from '@kubernetes/client-node';
import type {
  KubeConfig,
  KubernetesObject,
  V1PersistentVolumeClaim,
  V1Pod,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { parse } from 'yaml';
import type * as StatefulSetCommon from '@internal/backstage-plugin-statefulset-common';
import { loadClusterKubeConfig } from './cluster/kubeconfig.ts';
import {
  applyObjects,
  createNamespace,
  deleteNamespace,
  describeObject,
  uniqueNamespace,
} from './cluster/objects.ts';
import { examplesDir } from './cluster/render.ts';
import { waitFor } from './cluster/wait.ts';

// Node's type stripping cannot load the common package because its imports
// have no extensions. The Backstage CLI's Node transform can, as the
// project's command line does.
const require = createRequire(import.meta.url);
require('@backstage/cli/config/nodeTransform.cjs');
const { buildManifests, validateStatefulSetValues } =
  require('@internal/backstage-plugin-statefulset-common') as typeof StatefulSetCommon;

type Values = Record<string, any>;

const cluster = loadClusterKubeConfig();
const skip = 'skipReason' in cluster ? cluster.skipReason : false;

/** Returns the NGINX example's values with `name` and `namespace` replaced. */
function exampleValues(name: string, namespace: string): Values {
  const values = parse(
    readFileSync(join(examplesDir, 'nginx.yaml'), 'utf8'),
  ) as Values;
  return { ...values, name, namespace };
}

async function readStatefulSet(
  apps: AppsV1Api,
  name: string,
  namespace: string,
): Promise<V1StatefulSet | undefined> {
  try {
    return await apps.readNamespacedStatefulSet({ name, namespace });
  } catch (error) {
    if ((error as { code?: number }).code === 404) {
      return undefined;
    }
    throw error;
  }
}

const inputMistakes: Array<{
  row: string;
  field: string;
  mistake: (values: Values) => void;
}> = [
  {
    row: 'port-name',
    field: 'containers[0].ports[0].name',
    mistake: values => {
      values.containers[0].ports[0].name = 'metrics-exporter-https';
    },
  },
  {
    row: 'label-value',
    field: 'labels.version',
    mistake: values => {
      values.labels = { ...values.labels, version: '1.2.0+build.7' };
    },
  },
  {
    row: 'memory-unit',
    field: 'containers[0].resources.requests.memory',
    mistake: values => {
      values.containers[0].resources.requests.memory = '2GiB';
    },
  },
  {
    row: 'cpu-unit',
    field: 'containers[0].resources.requests.cpu',
    mistake: values => {
      values.containers[0].resources.requests.cpu = '500mi';
    },
  },
  {
    row: 'probe-handlers',
    field: 'containers[0].probes.readiness',
    mistake: values => {
      values.containers[0].probes.readiness.exec = { command: ['true'] };
    },
  },
  {
    row: 'path-type',
    field: 'ingress.rules[0].paths[0].pathType',
    mistake: values => {
      delete values.ingress.rules[0].paths[0].pathType;
    },
  },
  {
    row: 'selector-label',
    field: 'labels["app.kubernetes.io/name"]',
    mistake: values => {
      values.labels = { ...values.labels, 'app.kubernetes.io/name': 'other' };
    },
  },
  {
    row: 'ondelete-partition',
    field: 'updateStrategy.partition',
    mistake: values => {
      values.updateStrategy = { type: 'OnDelete', partition: 1 };
    },
  },
];

// Strings that YAML would read as booleans, numbers, maps or comments when
// left unquoted, and a multi-line value.
const envValues: Record<string, string> = {
  SWITCH_ON: 'on',
  SWITCH_NO: 'no',
  FILE_MODE: '0755',
  THOUSAND: '1e3',
  MAPPING: 'a: b',
  COMMENT: '# note',
  MULTI_LINE: 'first line\nsecond line\n',
};

describe('cluster pitfalls', { skip }, () => {
  let kubeConfig: KubeConfig;
  let apps: AppsV1Api;
  let core: CoreV1Api;
  const namespaces: string[] = [];

  before(() => {
    if ('kubeConfig' in cluster) {
      kubeConfig = cluster.kubeConfig;
      apps = kubeConfig.makeApiClient(AppsV1Api);
      core = kubeConfig.makeApiClient(CoreV1Api);
    }
  });

  after(async () => {
    for (const namespace of namespaces) {
      await deleteNamespace(kubeConfig, namespace);
    }
  });

  describe('input mistakes never reach the API server', () => {
    let namespace: string;

    before(async () => {
      namespace = uniqueNamespace('pitfalls');
      await createNamespace(kubeConfig, namespace);
      namespaces.push(namespace);
    });

    for (const { row, field, mistake } of inputMistakes) {
      test(`mistake ${row} names ${field}`, async () => {
        const values = exampleValues(`pitfall-${row}`, namespace);
        mistake(values);

        const result = validateStatefulSetValues(values);
        if (result.success) {
          // What the product would do with values that pass validation.
          await applyObjects(kubeConfig, buildManifests(result.values), {
            dryRun: false,
          });
        }

        assert.equal(
          await readStatefulSet(apps, `pitfall-${row}`, namespace),
          undefined,
          `StatefulSet pitfall-${row} reached the API server`,
        );
        assert.equal(result.success, false, `${row} passed validation`);
        if (!result.success) {
          const paths = result.errors.map(error => error.path);
          assert.ok(
            paths.some(path => path.startsWith(field)),
            `no error names ${field}; errors: ${JSON.stringify(result.errors)}`,
          );
        }
      });
    }

    test('the API server accepts builder output', async () => {
      const name = 'pitfall-valid';
      const values = exampleValues(name, namespace);
      values.containers[0].env = Object.entries(envValues).map(
        ([key, value]) => ({ source: 'value', name: key, value }),
      );
      values.autoscaling = {
        enabled: true,
        minReplicas: 1,
        maxReplicas: 4,
        cpuUtilization: 70,
      };

      const result = validateStatefulSetValues(values);
      assert.ok(
        result.success,
        `valid values failed: ${JSON.stringify(
          !result.success && result.errors,
        )}`,
      );
      const objects = buildManifests(result.values) as KubernetesObject[];

      const dryRun = await applyObjects(kubeConfig, objects, { dryRun: true });
      assert.deepEqual(dryRun.map(describeObject), objects.map(describeObject));
      assert.equal(
        await readStatefulSet(apps, name, namespace),
        undefined,
        'the dry run stored the StatefulSet',
      );
      await applyObjects(kubeConfig, objects, { dryRun: false });

      const set = await readStatefulSet(apps, name, namespace);
      assert.ok(set, `StatefulSet ${name} not found after apply`);
      const env = set.spec?.template.spec?.containers[0].env ?? [];
      assert.deepEqual(
        Object.fromEntries(env.map(entry => [entry.name, entry.value])),
        envValues,
      );

      const serviceName = set.spec?.serviceName;
      assert.ok(serviceName, 'the StatefulSet has no serviceName');
      const service = await core.readNamespacedService({
        name: serviceName,
        namespace,
      });
      assert.equal(service.spec?.clusterIP, 'None');

      const hpa = objects.find(
        object => object.kind === 'HorizontalPodAutoscaler',
      );
      assert.ok(hpa, 'the builder emitted no HorizontalPodAutoscaler');
      const autoscaling = kubeConfig.makeApiClient(AutoscalingV2Api);
      const stored = await autoscaling.readNamespacedHorizontalPodAutoscaler({
        name: hpa.metadata!.name!,
        namespace,
      });
      // A plain copy: the client returns a class instance.
      assert.deepEqual(
        { ...stored.spec?.scaleTargetRef },
        {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          name,
        },
      );
    });
  });

  describe('whenScaled Delete removes claims', () => {
    const name = 'retention';
    const claimName = (ordinal: number) => `data-${name}-${ordinal}`;
    let namespace: string;

    before(async () => {
      namespace = uniqueNamespace('retention');
      await createNamespace(kubeConfig, namespace);
      namespaces.push(namespace);
    });

    async function claims(): Promise<V1PersistentVolumeClaim[]> {
      return (await core.listNamespacedPersistentVolumeClaim({ namespace }))
        .items;
    }

    async function describeClaims(): Promise<string> {
      const items = await claims();
      return (
        items
          .map(claim => `${claim.metadata?.name}=${claim.status?.phase}`)
          .join(', ') || 'no claims'
      );
    }

    test('scale-in deletes claim of ordinal 1', async () => {
      const labels = { 'app.kubernetes.io/name': name };
      await apps.createNamespacedStatefulSet({
        namespace,
        body: {
          metadata: { name, labels },
          spec: {
            replicas: 2,
            serviceName: name,
            podManagementPolicy: 'OrderedReady',
            persistentVolumeClaimRetentionPolicy: {
              whenScaled: 'Delete',
              whenDeleted: 'Retain',
            },
            selector: { matchLabels: labels },
            template: {
              metadata: { labels },
              spec: {
                containers: [
                  {
                    name: 'app',
                    image: 'nginx:1.27.3',
                    volumeMounts: [{ name: 'data', mountPath: '/data' }],
                  },
                ],
              },
            },
            volumeClaimTemplates: [
              {
                metadata: { name: 'data' },
                spec: {
                  accessModes: ['ReadWriteOnce'],
                  resources: { requests: { storage: '1Gi' } },
                },
              },
            ],
          },
        },
      });

      await waitFor(
        'claims of ordinals 0 and 1 Bound and both pods Running',
        async () => {
          const bound = (await claims())
            .filter(claim => claim.status?.phase === 'Bound')
            .map(claim => claim.metadata!.name!)
            .sort();
          const pods: V1Pod[] = (await core.listNamespacedPod({ namespace }))
            .items;
          const running = pods.filter(pod => pod.status?.phase === 'Running');
          return JSON.stringify(bound) ===
            JSON.stringify([claimName(0), claimName(1)]) && running.length === 2
            ? true
            : undefined;
        },
        { timeoutMs: 90_000, describeState: describeClaims },
      );

      const scale = await apps.readNamespacedStatefulSetScale({
        name,
        namespace,
      });
      await apps.replaceNamespacedStatefulSetScale({
        name,
        namespace,
        body: { ...scale, spec: { replicas: 1 } },
      });

      await waitFor(
        `claim ${claimName(1)} deleted`,
        async () => {
          const names = (await claims())
            .filter(claim => !claim.metadata?.deletionTimestamp)
            .map(claim => claim.metadata!.name!);
          return names.includes(claimName(1)) ? undefined : names;
        },
        { timeoutMs: 90_000, describeState: describeClaims },
      );
      const remaining = await core.readNamespacedPersistentVolumeClaim({
        name: claimName(0),
        namespace,
      });
      assert.equal(remaining.metadata?.deletionTimestamp, undefined);
      assert.equal(remaining.status?.phase, 'Bound');
    });
  });
});
