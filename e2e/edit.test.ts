/*
 * Edit, View YAML and drift through the portal's REST API. The "Stateful
 * application" template creates nginx-edit in a local repository. The
 * "Update stateful application" template proposes four replicas and one
 * more environment variable as a new branch. The manifests route then
 * compares the applied StatefulSet with Git, before and after a change made
 * directly in the cluster. Last, the branch is merged and pushed, and the
 * routes read the merged values and manifest. Needs scripts/e2e.sh, which
 * starts the portal with a fresh local Git root and the local control plane.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  AppsV1Api,
  CoreV1Api,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import type { KubeConfig } from '@kubernetes/client-node';
import type {
  ManifestComparisonResponse,
  RepositoryValuesResponse,
} from '@internal/backstage-plugin-statefulset-common';
import { parse } from 'yaml';
import { loadClusterKubeConfig } from './cluster/kubeconfig.ts';
import { applyObjects, recreateNamespace } from './cluster/objects.ts';
import { callBackend, checkBackendReachable } from './cluster/portal.ts';
import { examplesDir } from './cluster/render.ts';
import { waitFor } from './cluster/wait.ts';
import { readKustomizedManifests } from './edit-browser/repository.ts';
import { changedLines, cloneProposedBranch, git } from './edit/git.ts';
import {
  startTask,
  taskLog,
  waitForEntity,
  waitForTask,
} from './edit/tasks.ts';

const name = 'nginx-edit';
const namespace = 'statefulset-e2e-edit';
const entityRef = `component:default/${name}`;
const clusterName = 'local';
const localGitRoot = process.env.STATEFULSET_E2E_LOCAL_GIT_ROOT;

const cluster = loadClusterKubeConfig();
const skipReason =
  (await checkBackendReachable()) ??
  ('skipReason' in cluster ? cluster.skipReason : undefined) ??
  (localGitRoot
    ? undefined
    : 'STATEFULSET_E2E_LOCAL_GIT_ROOT is not set; run the tests with scripts/e2e.sh');

async function createValues(): Promise<Record<string, any>> {
  const example = parse(
    await readFile(join(examplesDir, 'nginx.yaml'), 'utf8'),
  );
  return { ...example, name, namespace, cluster: clusterName };
}

async function getManifests(): Promise<ManifestComparisonResponse> {
  const response = await callBackend<ManifestComparisonResponse>(
    'GET',
    `/api/statefulset/manifests?entityRef=${encodeURIComponent(
      entityRef,
    )}&cluster=${clusterName}`,
  );
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body;
}

describe('edit and drift of nginx-edit', { skip: skipReason ?? false }, () => {
  let kubeConfig: KubeConfig;
  let workDir: string;
  let clonePath: string;
  let storedValues: Record<string, unknown>;
  let proposedBranch: string;

  before(
    async () => {
      if (!('kubeConfig' in cluster)) {
        return;
      }
      kubeConfig = cluster.kubeConfig;
      workDir = await mkdtemp(join(tmpdir(), 'statefulset-e2e-edit-'));
      clonePath = join(workDir, name);

      // The backend reports ready before the catalog has read the templates.
      await waitForEntity('template', 'stateful-application');
      await waitForEntity('template', 'update-stateful-application');

      await recreateNamespace(kubeConfig, namespace);
    },
    { timeout: 180_000 },
  );

  after(async () => {
    if (kubeConfig) {
      await kubeConfig
        .makeApiClient(CoreV1Api)
        .deleteNamespace({ name: namespace })
        .catch(() => undefined);
    }
    if (workDir) {
      await rm(workDir, { recursive: true, force: true });
    }
  });

  test(
    'create template registers nginx-edit',
    { timeout: 180_000 },
    async () => {
      const taskId = await startTask(
        'template:default/stateful-application',
        await createValues(),
      );

      const { status, events } = await waitForTask(taskId);
      assert.equal(status, 'completed', taskLog(events));

      const component = await waitForEntity('component', name);
      const annotations = component.metadata.annotations ?? {};
      // The catalog sets no source-location for a file:// URL location, so
      // the routes find the repository through managed-by-location.
      assert.equal(
        annotations['backstage.io/managed-by-location'],
        `url:file://${localGitRoot}/${name}/catalog-info.yaml`,
      );
    },
  );

  test('GET /values returns values.yaml', { timeout: 60_000 }, async () => {
    const response = await callBackend<RepositoryValuesResponse>(
      'GET',
      `/api/statefulset/values?entityRef=${encodeURIComponent(entityRef)}`,
    );

    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.entityRef, entityRef);
    assert.equal(
      response.body.valuesUrl,
      `file://${localGitRoot}/${name}/values.yaml`,
    );
    const stored = parse(
      await readFile(join(localGitRoot!, name, 'values.yaml'), 'utf8'),
    );
    assert.deepEqual(response.body.values, stored);
    assert.equal(response.body.values.replicas, 3);
    storedValues = response.body.values;
  });

  test(
    'update template pushes exactly the edit',
    { timeout: 180_000 },
    async () => {
      assert.ok(storedValues, 'the GET /values test did not run');
      const edited = structuredClone(storedValues) as Record<string, any>;
      edited.replicas = 4;
      edited.containers[0].env = [
        { source: 'value', name: 'NGINX_ENTRYPOINT_QUIET_LOGS', value: '1' },
      ];

      const taskId = await startTask(
        'template:default/update-stateful-application',
        {
          ...edited,
          entity: entityRef,
        },
      );
      const { status, events } = await waitForTask(taskId);
      assert.equal(status, 'completed', taskLog(events));

      const { branch } = await cloneProposedBranch(
        localGitRoot!,
        workDir,
        name,
      );
      assert.match(branch, /^origin\/statefulset\/update-nginx-edit-\d{14}$/);
      proposedBranch = branch;

      const files = await git(clonePath, [
        'diff',
        '--name-only',
        'origin/main',
        branch,
      ]);
      assert.deepEqual(files.trim().split('\n'), [
        'manifests/statefulset.yaml',
        'values.yaml',
      ]);
      const diff = await git(clonePath, [
        'diff',
        '--unified=0',
        'origin/main',
        branch,
      ]);
      assert.deepEqual(changedLines(diff), [
        '-  replicas: 3',
        '+  replicas: 4',
        '+          env:',
        '+            - name: NGINX_ENTRYPOINT_QUIET_LOGS',
        '+              value: "1"',
        '-replicas: 3',
        '+replicas: 4',
        '+    env:',
        '+      - source: value',
        '+        name: NGINX_ENTRYPOINT_QUIET_LOGS',
        '+        value: "1"',
      ]);

      const mainValues = parse(
        await git(clonePath, ['show', 'origin/main:values.yaml']),
      );
      assert.equal(mainValues.replicas, 3);
    },
  );

  test('applied main shows no drift', { timeout: 120_000 }, async () => {
    assert.ok(clonePath, 'the update test did not run');
    const objects = await readKustomizedManifests(clonePath);
    await applyObjects(kubeConfig, objects, { dryRun: false });

    const comparison = await getManifests();

    assert.ok(comparison.live, 'the live StatefulSet is missing');
    assert.ok(comparison.git, `no Git manifest: ${comparison.gitError}`);
    assert.deepEqual(comparison.differences, []);
    assert.equal(comparison.drift, false);
    assert.doesNotMatch(comparison.live, /managedFields|resourceVersion/);
  });

  test(
    'replicas patched in cluster show drift',
    { timeout: 120_000 },
    async () => {
      const apps = kubeConfig.makeApiClient(AppsV1Api);
      // A merge patch carries no resourceVersion, so the controller's status
      // updates cannot make it conflict.
      await apps.patchNamespacedStatefulSetScale(
        { name, namespace, body: { spec: { replicas: 5 } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );

      const comparison = await getManifests();

      assert.equal(comparison.drift, true);
      assert.deepEqual(comparison.differences, [
        { path: 'spec.replicas', git: '3', live: '5' },
      ]);
    },
  );

  test(
    'merged branch reaches values and Git',
    { timeout: 120_000 },
    async () => {
      assert.ok(proposedBranch, 'the update test did not run');
      await git(clonePath, ['checkout', '--quiet', 'main']);
      await git(clonePath, ['merge', '--quiet', '--ff-only', proposedBranch]);

      await git(clonePath, [
        'push',
        '--quiet',
        'origin',
        'HEAD:refs/heads/main',
      ]);

      // The routes reuse a repository read for a few seconds.
      const values = await waitFor(
        'GET /values to return replicas 4',
        async () => {
          const response = await callBackend<RepositoryValuesResponse>(
            'GET',
            `/api/statefulset/values?entityRef=${encodeURIComponent(
              entityRef,
            )}`,
          );
          assert.equal(response.status, 200, JSON.stringify(response.body));
          return response.body.values.replicas === 4
            ? response.body.values
            : undefined;
        },
      );
      assert.deepEqual((values as any).containers[0].env, [
        { source: 'value', name: 'NGINX_ENTRYPOINT_QUIET_LOGS', value: '1' },
      ]);

      const comparison = await waitFor(
        'GET /manifests to compare with the merged manifest',
        async () => {
          const current = await getManifests();
          return current.git?.includes('NGINX_ENTRYPOINT_QUIET_LOGS')
            ? current
            : undefined;
        },
      );
      assert.equal(comparison.drift, true);
      assert.deepEqual(
        comparison.differences.map(difference => difference.path),
        ['spec.replicas', 'spec.template.spec.containers[0].env'],
      );
    },
  );

  test(
    'claim template change warns in the output',
    { timeout: 180_000 },
    async () => {
      assert.ok(storedValues, 'the GET /values test did not run');
      const edited = structuredClone(storedValues) as Record<string, any>;
      edited.volumeClaimTemplates[0].storage = '30Gi';

      const taskId = await startTask(
        'template:default/update-stateful-application',
        { ...edited, entity: entityRef },
      );
      const { status, events } = await waitForTask(taskId);
      assert.equal(status, 'completed', taskLog(events));

      const texts = events.flatMap(event => event.body.output?.text ?? []);
      const warning = texts.find(
        text => text.title === 'The API server rejects part of this change',
      );
      assert.ok(warning, `output texts: ${JSON.stringify(texts)}`);
      assert.match(warning.content ?? '', /volumeClaimTemplates/);
      assert.match(
        warning.content ?? '',
        /kubectl delete statefulset nginx-edit -n \S+ --cascade=orphan/,
      );
    },
  );

  test('another StatefulSet name fails the task', async () => {
    assert.ok(storedValues, 'the GET /values test did not run');
    const branchesBefore = await git(workDir, [
      'ls-remote',
      '--heads',
      `file://${localGitRoot}/${name}.git`,
    ]);

    const taskId = await startTask(
      'template:default/update-stateful-application',
      { ...storedValues, name: 'nginx-other', entity: entityRef },
    );
    const { status, events } = await waitForTask(taskId);

    assert.equal(status, 'failed', taskLog(events));
    assert.match(
      taskLog(events),
      /Invalid name "nginx-other": component:default\/nginx-edit deploys the StatefulSet "nginx-edit"/,
    );
    assert.equal(
      await git(workDir, [
        'ls-remote',
        '--heads',
        `file://${localGitRoot}/${name}.git`,
      ]),
      branchesBefore,
    );
  });
});
