/*
 * Every example of the template renders into manifests that a real API
 * server accepts: first a server-side dry run that stores nothing, then the
 * real apply. Runs against the local control plane of tools/cluster.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { KubernetesObjectApi } from '@kubernetes/client-node';
import type { KubeConfig } from '@kubernetes/client-node';
import { loadClusterKubeConfig } from './cluster/kubeconfig.ts';
import {
  applyObjects,
  createNamespace,
  deleteNamespace,
  describeObject,
  uniqueNamespace,
} from './cluster/objects.ts';
import { examplesDir, renderExample } from './cluster/render.ts';

const cluster = loadClusterKubeConfig();
const examples = readdirSync(examplesDir).filter(file => /\.ya?ml$/.test(file));

describe(
  'cluster examples',
  { skip: 'skipReason' in cluster ? cluster.skipReason : false },
  () => {
    let kubeConfig: KubeConfig;
    const namespaces: string[] = [];

    before(() => {
      if ('kubeConfig' in cluster) {
        kubeConfig = cluster.kubeConfig;
      }
    });

    after(async () => {
      for (const namespace of namespaces) {
        await deleteNamespace(kubeConfig, namespace);
      }
    });

    test('examples folder is not empty', () => {
      assert.ok(
        examples.length > 0,
        `no example values files in ${examplesDir}`,
      );
    });

    for (const example of examples) {
      const name = basename(example).replace(/\.ya?ml$/, '');

      test(`example ${name} passes dry run and applies`, async () => {
        const namespace = uniqueNamespace(name);
        await createNamespace(kubeConfig, namespace);
        namespaces.push(namespace);
        const objects = await renderExample(
          join(examplesDir, example),
          namespace,
        );
        const client = KubernetesObjectApi.makeApiClient(kubeConfig);

        const dryRun = await applyObjects(kubeConfig, objects, {
          dryRun: true,
        });
        assert.deepEqual(
          dryRun.map(describeObject),
          objects.map(describeObject),
        );
        for (const object of objects) {
          await assert.rejects(
            client.read({
              apiVersion: object.apiVersion!,
              kind: object.kind!,
              metadata: { name: object.metadata!.name!, namespace },
            }),
            { code: 404 },
            `dry run stored ${describeObject(object)}`,
          );
        }

        const applied = await applyObjects(kubeConfig, objects, {
          dryRun: false,
        });
        for (const object of applied) {
          assert.ok(
            object.metadata?.uid,
            `${describeObject(object)} has no uid after apply`,
          );
          assert.equal(object.metadata?.namespace, namespace);
        }
      });
    }
  },
);
