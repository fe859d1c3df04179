/*
 * The "Stateful application" template through the scaffolder's REST API of
 * a running portal, as the guest user: the task renders the NGINX example,
 * publishes it to a local bare Git repository and registers the component.
 * scripts/e2e.sh starts the portal with a fresh local Git root and passes
 * its path in STATEFULSET_E2E_LOCAL_GIT_ROOT.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { callBackend, checkBackendReachable } from './cluster/portal.ts';
import { examplesDir } from './cluster/render.ts';
import {
  startTask,
  taskLog,
  waitForEntity,
  waitForTask,
} from './edit/tasks.ts';

const execFileAsync = promisify(execFile);

const templateRef = 'template:default/stateful-application';
const localGitRoot = process.env.STATEFULSET_E2E_LOCAL_GIT_ROOT;
const skipReason =
  (await checkBackendReachable()) ??
  (localGitRoot
    ? undefined
    : 'STATEFULSET_E2E_LOCAL_GIT_ROOT is not set; run the tests with scripts/e2e.sh');

async function readNginxValues(): Promise<Record<string, any>> {
  const text = await readFile(join(examplesDir, 'nginx.yaml'), 'utf8');
  return { ...parse(text), owner: 'group:default/guests' };
}

describe('template stateful-application', { skip: skipReason }, () => {
  const cloneDirs: string[] = [];

  // The backend reports ready before the catalog has read the template's
  // location from app-config.yaml.
  before(() => waitForEntity('template', 'stateful-application'), {
    timeout: 120_000,
  });

  after(async () => {
    for (const dir of cloneDirs) {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('nginx task publishes and registers', { timeout: 180_000 }, async () => {
    const taskId = await startTask(templateRef, await readNginxValues());

    const { status, events } = await waitForTask(taskId);
    assert.equal(status, 'completed', taskLog(events));

    const completion = events.find(event => event.type === 'completion');
    const links = completion?.body.output?.links ?? [];
    const repositoryUrl = links.find(link => link.title === 'Repository')?.url;
    assert.ok(repositoryUrl, `no Repository link in ${JSON.stringify(links)}`);
    assert.equal(repositoryUrl, `file://${localGitRoot}/nginx.git`);
    const entityLink = links.find(link => link.entityRef);
    assert.equal(entityLink?.entityRef, 'component:default/nginx');

    const cloneDir = await mkdtemp(join(tmpdir(), 'statefulset-e2e-clone-'));
    cloneDirs.push(cloneDir);
    await execFileAsync('git', [
      'clone',
      '--quiet',
      repositoryUrl,
      join(cloneDir, 'nginx'),
    ]);
    const statefulSet = parse(
      await readFile(
        join(cloneDir, 'nginx', 'manifests', 'statefulset.yaml'),
        'utf8',
      ),
    );
    assert.equal(statefulSet.kind, 'StatefulSet');
    assert.equal(statefulSet.metadata.name, 'nginx');
    assert.equal(statefulSet.spec.replicas, 3);
    assert.equal(statefulSet.spec.serviceName, 'nginx-headless');
    const claimTemplate = statefulSet.spec.volumeClaimTemplates[0];
    assert.equal(claimTemplate.metadata.name, 'disk-ssd');
    assert.equal(claimTemplate.spec.resources.requests.storage, '20Gi');

    const headlessService = parse(
      await readFile(
        join(cloneDir, 'nginx', 'manifests', 'service-headless.yaml'),
        'utf8',
      ),
    );
    assert.equal(headlessService.metadata.name, 'nginx-headless');
    assert.equal(headlessService.spec.clusterIP, 'None');

    const component = await waitForEntity('component', 'nginx');
    const annotations = component.metadata.annotations ?? {};
    assert.equal(annotations['backstage.io/kubernetes-id'], 'nginx');
    assert.equal(annotations['backstage.io/kubernetes-namespace'], 'default');
    assert.match(
      annotations['backstage.io/kubernetes-label-selector'] ?? '',
      /app\.kubernetes\.io\/name=nginx/,
    );
    assert.equal(component.spec.owner, 'group:default/guests');
  });

  test('invalid port name fails the task', { timeout: 180_000 }, async () => {
    const values = await readNginxValues();
    values.name = 'nginx-invalid';
    values.containers[0].ports[0].name = 'metrics-exporter-https';
    const taskId = await startTask(templateRef, values);

    const { status, events } = await waitForTask(taskId);
    assert.equal(status, 'failed', taskLog(events));

    const log = taskLog(events);
    assert.match(
      log,
      /containers\[0\]\.ports\[0\]\.name: .*metrics-exporter-https/,
    );
    assert.doesNotMatch(log, /Publish to a local Git repository/i);

    await assert.rejects(stat(join(localGitRoot!, 'nginx-invalid.git')), {
      code: 'ENOENT',
    });
    const component = await callBackend(
      'GET',
      '/api/catalog/entities/by-name/component/default/nginx-invalid',
    );
    assert.equal(component.status, 404);
  });
});
