/*
 * The "Stateful application" wizard in a real browser: Debian's chromium,
 * driven by playwright-core, fills every page for the NGINX example through
 * the UI, checks the manifest preview and the in-place validation, creates
 * the component, compares the published manifests with those of
 * `yarn statefulset render` for the same values, and lands on the
 * component's catalog page. scripts/e2e.sh with E2E_FRONTEND=1 starts the
 * portal. Screenshots of each page go to test-artifacts/wizard/.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { fillAccess } from './wizard/access.ts';
import { fillBasics } from './wizard/basics.ts';
import { fillContainers } from './wizard/containers.ts';
import { fillDelivery } from './wizard/delivery.ts';
import { clickButton, nextStep, typeAt, waitForStep } from './wizard/form.ts';
import { fillLabels } from './wizard/labels.ts';
import { assertSameManifestsAsCli } from './wizard/manifests.ts';
import {
  createComponent,
  frontendSkipReason,
  openTemplate,
  openWizardPage,
} from './wizard/session.ts';
import type { WizardPage } from './wizard/session.ts';
import { fillMountsByVolume, fillStorage } from './wizard/storage.ts';
import { readExample } from './wizard/values.ts';

const repoRoot = join(import.meta.dirname, '..');
const artifactsDir = join(repoRoot, 'test-artifacts', 'wizard');

const values = readExample('nginx.yaml', 'nginx-wizard');

const skipReason = await frontendSkipReason();

function withoutMounts<T extends { volumeMounts?: unknown }>(
  container: T,
): Omit<T, 'volumeMounts'> {
  const { volumeMounts: _mounts, ...rest } = container;
  return rest;
}

describe('wizard in the browser', { skip: skipReason ?? false }, () => {
  let wizard: WizardPage | undefined;
  let page: Page;
  let repositoryUrl: string | undefined;

  const screenshot = (name: string) => wizard!.screenshot(name);

  before(async () => {
    wizard = await openWizardPage(artifactsDir);
    page = wizard.page;
  });

  after(async () => {
    await wizard?.close();
  });

  test('guest signs in and opens the template', async () => {
    await openTemplate(page);

    assert.match(
      await page
        .locator('h1, h2, h3')
        .allInnerTexts()
        .then(t => t.join(' ')),
      /Stateful application/,
    );
  });

  test('name error shows once at the field', async () => {
    await typeAt(page, 'name', 'Web_1');

    const error = page.locator('#name-helper-text.Mui-error');
    await error.waitFor();
    assert.match(await error.innerText(), /"Web_1"/);

    await clickButton(page, 'Next');
    await page
      .getByText(/name: "Web_1"/)
      .first()
      .waitFor();
    await waitForStep(page, 'Basics');
    // The box shows the values model's message, and the list above the form
    // repeats it once with the path. No JSON schema rule adds a second wording.
    assert.equal(await page.getByText(/"Web_1"/).count(), 2);
    assert.equal(await page.getByText(/must match pattern/).count(), 0);
    await screenshot('01-basics-invalid');
  });

  test('basics page accepts the example', async () => {
    await fillBasics(page, values);
    await screenshot('01-basics');

    await nextStep(page, 'Containers');
  });

  test('containers page shows rule messages in place', async () => {
    await typeAt(
      page,
      'containers[0].image.repository',
      values.containers[0].image.repository,
    );
    await typeAt(page, 'containers[0].name', 'Web_1');

    const error = page.locator('#containers\\[0\\]\\.name-helper-text');
    await error.waitFor();
    assert.match(await error.innerText(), /"Web_1"/);
    await screenshot('02-containers-invalid');

    await clickButton(page, 'Next');
    await page
      .getByText(/containers\[0\]\.name: "Web_1"/)
      .first()
      .waitFor();
    await waitForStep(page, 'Containers');
  });

  test('image error blocks the step', async () => {
    await typeAt(page, 'containers[0].name', values.containers[0].name);
    await typeAt(page, 'containers[0].image.repository', 'Nginx');

    const error = page.locator(
      '#containers\\[0\\]\\.image\\.repository-helper-text.Mui-error',
    );
    await error.waitFor();
    assert.match(await error.innerText(), /"Nginx"/);

    await clickButton(page, 'Next');
    await page
      .getByText(/containers\[0\]\.image\.repository: "Nginx"/)
      .first()
      .waitFor();
    await waitForStep(page, 'Containers');
    await screenshot('02-containers-image-invalid');
  });

  test('containers page accepts the example', async () => {
    // The mounts are entered beside the claim template on the next page.
    await fillContainers(page, {
      ...values,
      containers: values.containers.map(withoutMounts),
    });
    await screenshot('02-containers');

    await nextStep(page, 'Volumes and storage');
  });

  test('storage page shows the mount path', async () => {
    await fillStorage(page, values);
    await fillMountsByVolume(page, values);

    const mount = values.containers[0].volumeMounts![0];
    await page
      .getByText(`Mounted at ${values.containers[0].name}: ${mount.mountPath}`)
      .waitFor();
    await screenshot('03-storage');
  });

  test('storage page rejects a relative mount path', async () => {
    const path = 'containers[0].volumeMounts[0].mountPath';
    await typeAt(page, path, 'tmp');

    const error = page.locator(`[id="${path}-helper-text"].Mui-error`);
    await error.waitFor();
    assert.match(await error.innerText(), /"tmp" is not an absolute path/);

    await clickButton(page, 'Next');
    await page
      .getByText(/containers\[0\]\.volumeMounts\[0\]\.mountPath: "tmp"/)
      .first()
      .waitFor();
    await waitForStep(page, 'Volumes and storage');
    await screenshot('03-storage-invalid');

    await typeAt(page, path, values.containers[0].volumeMounts[0].mountPath);
    await nextStep(page, 'Access');
  });

  test('access page accepts Service and Ingress', async () => {
    await fillAccess(page, values);
    await screenshot('04-access');

    await nextStep(page, 'Autoscaling');
  });

  test('autoscaling and scheduling pages pass empty', async () => {
    await screenshot('05-autoscaling');
    await nextStep(page, 'Scheduling and update');
    await screenshot('06-scheduling');
    await nextStep(page, 'Labels and annotations');
  });

  test('labels page rejects a bad label value', async () => {
    await fillLabels(page, { ...values, labels: { version: '1.2.0+build.7' } });

    await page
      .getByText(/"1.2.0\+build.7"/)
      .first()
      .waitFor();
    await screenshot('07-labels-invalid');

    await page.getByRole('button', { name: 'Remove row 1' }).click();
    await fillLabels(page, values);
    await screenshot('07-labels');

    await nextStep(page, 'Delivery');
  });

  test('delivery page takes the owner', async () => {
    await fillDelivery(page, values);
    await screenshot('08-delivery');

    await nextStep(page, 'Preview');
  });

  test('preview shows StatefulSet and headless Service', async () => {
    const preview = page.getByTestId('manifest-preview');
    await preview.waitFor();
    const statefulSet = await preview.innerText();
    assert.match(statefulSet, /kind: StatefulSet/);
    assert.match(statefulSet, new RegExp(`serviceName: ${values.name}`));
    await screenshot('09-preview-statefulset');

    const files = page.getByRole('list', { name: 'Generated files' });
    for (const file of [
      'manifests/statefulset.yaml',
      'manifests/service-headless.yaml',
      'manifests/service.yaml',
      'manifests/ingress.yaml',
      'catalog-info.yaml',
    ]) {
      await files.getByText(file, { exact: true }).waitFor();
    }

    await files
      .getByText('manifests/service-headless.yaml', { exact: true })
      .click();
    await page
      .locator(
        '[data-testid="manifest-preview"][data-file="manifests/service-headless.yaml"]',
      )
      .waitFor();
    const headless = await preview.innerText();
    assert.match(headless, /kind: Service/);
    assert.match(headless, /clusterIP: None/);
    await screenshot('09-preview-headless-service');

    await clickButton(page, 'Review');
    await page.getByRole('button', { name: 'Create' }).waitFor();
    await screenshot('10-review');
  });

  test(
    'create publishes the same manifests as the CLI',
    { timeout: 300_000 },
    async () => {
      repositoryUrl = await createComponent(page, values.name);
      await screenshot('11-task-done');

      const files = await assertSameManifestsAsCli(repositoryUrl, values);
      assert.deepEqual(files, [
        'ingress.yaml',
        'service-headless.yaml',
        'service.yaml',
        'statefulset.yaml',
      ]);
    },
  );

  test('task page links to the component', { timeout: 300_000 }, async () => {
    assert.ok(repositoryUrl, 'the create test did not finish');
    const openInCatalog = page
      .getByRole('link', { name: 'Open in catalog' })
      .or(page.getByRole('button', { name: 'Open in catalog' }));
    await openInCatalog.first().click();
    await page.waitForURL(
      new RegExp(`/catalog/default/component/${values.name}`),
    );

    // The catalog processes a registered location a moment after the task
    // ends, so the page may first say the entity is not found; reload as a
    // person would until it is found. The test timeout bounds the wait.
    const notFound = page.getByText('Entity not found');
    await page.getByRole('heading', { name: values.name }).first().waitFor();
    while (await notFound.isVisible()) {
      await page.waitForTimeout(2000);
      await page.reload();
      await page.getByRole('heading', { name: values.name }).first().waitFor();
    }
    assert.equal(await notFound.count(), 0);
    await screenshot('12-component');
  });
});
