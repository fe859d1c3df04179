/*
 * Edit, View YAML and drift on the StatefulSet card in Chromium, against the
 * portal that scripts/e2e.sh starts with E2E_FRONTEND=1 and the local
 * control plane. The scaffolder REST API creates nginx-edit-browser from
 * the NGINX example, and its manifests are applied to the cluster. On the
 * card, Edit opens the update template prefilled from values.yaml. The
 * wizard then proposes four replicas and one more environment variable,
 * and real `git` checks the branch's diff. A scale made directly in the
 * cluster then shows as drift on the card and in View YAML. Once the set
 * carries Argo CD's tracking label, the Scale dialog proposes the new count
 * in Git. In that prefilled wizard, a changed podManagementPolicy makes the
 * preview warn that the set must be recreated, and nothing is created.
 * Screenshots go to test-artifacts/edit/.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
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
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { loadClusterKubeConfig } from './cluster/kubeconfig.ts';
import { applyObjects, recreateNamespace } from './cluster/objects.ts';
import { checkBackendReachable } from './cluster/portal.ts';
import { examplesDir } from './cluster/render.ts';
import { changedLines, cloneProposedBranch, git } from './edit/git.ts';
import {
  startTask,
  taskLog,
  waitForEntity,
  waitForTask,
} from './edit/tasks.ts';
import {
  CARD_TIMEOUT_MS,
  openEntityPage,
  refreshCard,
  statefulSetCard,
} from './edit-browser/card.ts';
import { readKustomizedManifests } from './edit-browser/repository.ts';
import { openBrowser } from './browser.ts';
import {
  byPath,
  clickButton,
  clickButtonAfter,
  nextStep,
  pickStandard,
  typeAt,
  waitForStep,
} from './wizard/form.ts';
import { frontendSkipReason, frontendUrl } from './wizard/session.ts';

const name = 'nginx-edit-browser';
const namespace = 'statefulset-e2e-edit-browser';
const entityRef = `component:default/${name}`;
const entityPage = `/catalog/default/component/${name}`;
const updateTemplatePath =
  '/create/templates/default/update-stateful-application';
const localGitRoot = process.env.STATEFULSET_E2E_LOCAL_GIT_ROOT;

const repoRoot = join(import.meta.dirname, '..');
const artifactsDir = join(repoRoot, 'test-artifacts', 'edit');

const cluster = loadClusterKubeConfig();
const skipReason =
  (await checkBackendReachable()) ??
  ('skipReason' in cluster ? cluster.skipReason : undefined) ??
  (await frontendSkipReason()) ??
  (localGitRoot
    ? undefined
    : 'STATEFULSET_E2E_LOCAL_GIT_ROOT is not set; run the tests with scripts/e2e.sh');

/** Values of the NGINX example under this test's name, namespace and cluster. */
async function createValues(): Promise<Record<string, unknown>> {
  const example = parse(
    await readFile(join(examplesDir, 'nginx.yaml'), 'utf8'),
  );
  return { ...example, name, namespace, cluster: 'local' };
}

/**
 * Opens View YAML from the card, checks that the live set matches Git, and
 * closes the dialog, so the card's comparison is known to be loaded.
 */
async function expectNoDrift(page: Page): Promise<void> {
  await statefulSetCard(page)
    .getByRole('button', { name: 'View YAML' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByText(/has the Git value in every field that Git sets/)
    .waitFor({ timeout: CARD_TIMEOUT_MS });
  assert.deepEqual(await markedLines(page, 'Live YAML'), []);
  assert.deepEqual(await markedLines(page, 'Git YAML'), []);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.getByText(/^Differs from Git/).count(), 0);
}

/** Text of the lines that a View YAML pane marks as differing, without line numbers. */
async function markedLines(page: Page, pane: string): Promise<string[]> {
  const lines = await page
    .getByLabel(pane, { exact: true })
    .locator('[data-differs="true"]')
    .allInnerTexts();
  return lines.map(line => line.replace(/^\s*\d+/, '').trim());
}

describe('edit and drift on the card', { skip: skipReason ?? false }, () => {
  let kubeConfig: KubeConfig;
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  let workDir: string;
  let clonePath: string;
  let proposedBranch: string;

  /** Lines that the proposed branch adds to or removes from one file. */
  const branchDiff = async (file: string) =>
    changedLines(
      await git(clonePath, [
        'diff',
        '--unified=0',
        'origin/main',
        proposedBranch,
        '--',
        file,
      ]),
    );

  const screenshot = async (file: string) => {
    await page.screenshot({
      path: join(artifactsDir, `${file}.png`),
      fullPage: true,
    });
  };

  before(
    async () => {
      if (!('kubeConfig' in cluster)) {
        return;
      }
      kubeConfig = cluster.kubeConfig;
      mkdirSync(artifactsDir, { recursive: true });
      workDir = await mkdtemp(join(tmpdir(), 'statefulset-e2e-edit-browser-'));

      // The backend reports ready before the catalog has read the templates.
      await waitForEntity('template', 'stateful-application');
      await waitForEntity('template', 'update-stateful-application');

      await recreateNamespace(kubeConfig, namespace);

      const taskId = await startTask(
        'template:default/stateful-application',
        await createValues(),
      );
      const { status, events } = await waitForTask(taskId);
      assert.equal(status, 'completed', taskLog(events));
      await waitForEntity('component', name);

      const objects = await readKustomizedManifests(join(localGitRoot!, name));
      await applyObjects(kubeConfig, objects, { dryRun: false });

      ({ context, close: closeBrowser } = await openBrowser());
      page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(20_000);
    },
    { timeout: 300_000 },
  );

  after(async () => {
    await closeBrowser?.();
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

  test('View YAML shows no drift', { timeout: 180_000 }, async () => {
    await openEntityPage(page, frontendUrl, entityPage);
    await page
      .getByText(/^\d+\/3 ready$/)
      .waitFor({ timeout: CARD_TIMEOUT_MS });

    await statefulSetCard(page)
      .getByRole('button', { name: 'View YAML' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText(/has the Git value in every field that Git sets/)
      .waitFor({ timeout: CARD_TIMEOUT_MS });
    assert.match(
      await dialog.getByLabel('Git YAML', { exact: true }).innerText(),
      /replicas: 3/,
    );
    assert.deepEqual(await markedLines(page, 'Live YAML'), []);
    await screenshot('01-view-yaml-no-drift');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.getByText(/^Differs from Git/).count(), 0);
  });

  test('Edit opens prefilled update template', async () => {
    await statefulSetCard(page)
      .getByRole('button', { name: 'Edit', exact: true })
      .click();

    await page.waitForURL(
      url =>
        url.pathname === updateTemplatePath && url.searchParams.has('formData'),
    );
    const formData = JSON.parse(
      new URL(page.url()).searchParams.get('formData') ?? '{}',
    );
    assert.equal(formData.entity, entityRef);
    assert.equal(formData.replicas, 3);

    await page.locator(byPath('name')).waitFor();
    assert.equal(await page.locator(byPath('name')).inputValue(), name);
    assert.equal(
      await page.locator(byPath('namespace')).inputValue(),
      namespace,
    );
    assert.equal(await page.locator(byPath('replicas')).inputValue(), '3');
    await screenshot('02-update-template-prefilled');
  });

  test(
    'wizard proposes replicas and variable',
    { timeout: 240_000 },
    async () => {
      await typeAt(page, 'replicas', '4');
      await nextStep(page, 'Containers');

      await clickButtonAfter(page, 'containers[0].name', 'Add variable');
      await typeAt(
        page,
        'containers[0].env[0].name',
        'NGINX_ENTRYPOINT_QUIET_LOGS',
      );
      await typeAt(page, 'containers[0].env[0].value', '1');
      await screenshot('03-containers-new-variable');

      for (const step of [
        'Volumes and storage',
        'Access',
        'Autoscaling',
        'Scheduling and update',
        'Labels and annotations',
        'Delivery',
        'Preview',
      ]) {
        await nextStep(page, step);
      }
      await clickButton(page, 'Review');
      await page.getByRole('button', { name: 'Create' }).waitFor();
      await screenshot('04-review');

      await page.getByRole('button', { name: 'Create' }).click();
      await page
        .getByText('Review the branch')
        .first()
        .waitFor({ timeout: 180_000 });
      await screenshot('05-task-done');
    },
  );

  test('branch changes manifest and values', { timeout: 60_000 }, async () => {
    const cloned = await cloneProposedBranch(localGitRoot!, workDir, name);
    clonePath = cloned.clonePath;
    const branch = cloned.branch;
    assert.match(
      branch,
      /^origin\/statefulset\/update-nginx-edit-browser-\d{14}$/,
    );

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
    proposedBranch = branch;

    const mainValues = parse(
      await git(clonePath, ['show', 'origin/main:values.yaml']),
    );
    assert.equal(mainValues.replicas, 3);
  });

  test('manifest diff is exactly the edit', async () => {
    assert.ok(proposedBranch, 'the branch test did not run');

    assert.deepEqual(await branchDiff('manifests/statefulset.yaml'), [
      '-  replicas: 3',
      '+  replicas: 4',
      '+          env:',
      '+            - name: NGINX_ENTRYPOINT_QUIET_LOGS',
      '+              value: "1"',
    ]);
  });

  test('values diff is exactly the edit', async () => {
    assert.ok(proposedBranch, 'the branch test did not run');

    // The wizard sends timezoneSync and empty lists that the API-created
    // values lacked, and values.yaml stores both in one form.
    assert.deepEqual(await branchDiff('values.yaml'), [
      '-replicas: 3',
      '+replicas: 4',
      '+    env:',
      '+      - source: value',
      '+        name: NGINX_ENTRYPOINT_QUIET_LOGS',
      '+        value: "1"',
    ]);
  });

  test('cluster scale shows drift chip', { timeout: 180_000 }, async () => {
    await openEntityPage(page, frontendUrl, entityPage);
    await page
      .getByText(/^\d+\/3 ready$/)
      .waitFor({ timeout: CARD_TIMEOUT_MS });
    await expectNoDrift(page);

    // A merge patch carries no resourceVersion, so the controller's status
    // updates cannot make it conflict.
    await kubeConfig
      .makeApiClient(AppsV1Api)
      .patchNamespacedStatefulSetScale(
        { name, namespace, body: { spec: { replicas: 5 } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
    await refreshCard(page);

    const chip = page.getByText('Differs from Git: 1 field', { exact: true });
    await chip.waitFor({ timeout: CARD_TIMEOUT_MS });
    await screenshot('06-drift-chip');
  });

  test('View YAML flags live replicas', { timeout: 120_000 }, async () => {
    await statefulSetCard(page)
      .getByText('Differs from Git: 1 field', { exact: true })
      .click();

    const dialog = page.getByRole('dialog');
    const table = dialog.getByRole('table', {
      name: 'Fields that differ from Git',
    });
    await table.waitFor({ timeout: CARD_TIMEOUT_MS });
    const rows = await table.locator('tbody tr').allInnerTexts();
    assert.equal(rows.length, 1);
    assert.match(rows[0], /^spec\.replicas\s+3\s+5$/);

    assert.deepEqual(await markedLines(page, 'Live YAML'), ['replicas: 5']);
    assert.deepEqual(await markedLines(page, 'Git YAML'), ['replicas: 3']);
    await screenshot('07-view-yaml-drift');
  });
  test('Argo CD set proposes scale in Git', { timeout: 180_000 }, async () => {
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Close' })
      .click();

    // The label that Argo CD's label tracking puts on the objects it applies.
    await kubeConfig.makeApiClient(AppsV1Api).patchNamespacedStatefulSet(
      {
        name,
        namespace,
        body: { metadata: { labels: { 'argocd.argoproj.io/instance': name } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await refreshCard(page);
    await statefulSetCard(page)
      .getByText('Managed by Argo CD', { exact: true })
      .waitFor({ timeout: CARD_TIMEOUT_MS });

    await statefulSetCard(page)
      .getByRole('button', { name: 'Scale', exact: true })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New replicas').fill('6');
    await dialog.getByText(/Argo CD \(nginx-edit-browser\) manages/).waitFor();
    await screenshot('08-scale-propose-in-git');
    await dialog.getByRole('button', { name: 'Propose in Git' }).click();

    await page.waitForURL(url => url.pathname === updateTemplatePath);
    const formData = JSON.parse(
      new URL(page.url()).searchParams.get('formData') ?? '{}',
    );
    assert.equal(formData.entity, entityRef);
    assert.equal(formData.replicas, 6);
    await page.locator(byPath('replicas')).waitFor();
    assert.equal(await page.locator(byPath('replicas')).inputValue(), '6');
    await screenshot('09-update-template-replicas-6');
  });

  test(
    'preview warns about immutable policy',
    { timeout: 180_000 },
    async () => {
      for (const step of [
        'Containers',
        'Volumes and storage',
        'Access',
        'Autoscaling',
        'Scheduling and update',
      ]) {
        await nextStep(page, step);
      }
      await pickStandard(page, 'root_podManagementPolicy', 'Parallel');
      for (const step of ['Labels and annotations', 'Delivery', 'Preview']) {
        await nextStep(page, step);
      }

      const warning = page.locator(
        '[data-immutable-path="podManagementPolicy"]',
      );
      await warning.waitFor({ timeout: CARD_TIMEOUT_MS });
      const text = await warning.innerText();
      assert.match(
        text,
        /podManagementPolicy cannot change on the existing StatefulSet/,
      );
      assert.match(text, /changed from "OrderedReady" to "Parallel"/);
      assert.ok(
        text.includes(
          `kubectl delete statefulset ${name} -n ${namespace} --cascade=orphan`,
        ),
        text,
      );
      assert.equal(
        await page.locator('[data-immutable-path]').count(),
        1,
        'only podManagementPolicy changed among the immutable values',
      );

      const changedFiles = page.getByRole('list', {
        name: 'Changes against the repository',
      });
      assert.deepEqual(
        (await changedFiles.locator('li').allInnerTexts()).map(
          item => item.split('\n')[0],
        ),
        ['manifests/statefulset.yaml', 'values.yaml'],
      );
      assert.equal(
        await page.getByRole('button', { name: 'Review' }).isEnabled(),
        true,
      );
      await screenshot('10-preview-immutable-warning');

      await clickButton(page, 'Back');
      await waitForStep(page, 'Delivery');
      const heads = await git(workDir, [
        'ls-remote',
        '--heads',
        `file://${localGitRoot}/${name}.git`,
      ]);
      const updateBranches = heads
        .split('\n')
        .filter(line => line.includes('refs/heads/statefulset/'));
      assert.equal(updateBranches.length, 1, heads);
    },
  );
});
