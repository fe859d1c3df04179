/*
 * The "Stateful application" wizard with the full example
 * (templates/statefulset/examples/full.yaml), entered through the UI alone in
 * Debian's chromium. The example uses init containers, every environment
 * source, probes of each type, lifecycle hooks, volumes of each type, log
 * collection, a NodePort Service, an Ingress with TLS, autoscaling and
 * scheduling rules.
 * After Create, the published manifests must equal those of
 * `yarn statefulset render` for the same values, byte for byte.
 * scripts/e2e.sh with E2E_FRONTEND=1 starts the portal; screenshots go to
 * test-artifacts/wizard-full/.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { fillAccess } from './wizard/access.ts';
import { fillAutoscaling } from './wizard/autoscaling.ts';
import { fillBasics } from './wizard/basics.ts';
import { fillContainers } from './wizard/containers.ts';
import { fillDelivery } from './wizard/delivery.ts';
import { clickButton, nextStep } from './wizard/form.ts';
import { fillLabels } from './wizard/labels.ts';
import { assertSameManifestsAsCli } from './wizard/manifests.ts';
import { fillScheduling } from './wizard/scheduling.ts';
import {
  createComponent,
  frontendSkipReason,
  openTemplate,
  openWizardPage,
} from './wizard/session.ts';
import type { WizardPage } from './wizard/session.ts';
import { fillStorage } from './wizard/storage.ts';
import { readExample } from './wizard/values.ts';

const artifactsDir = join(
  import.meta.dirname,
  '..',
  'test-artifacts',
  'wizard-full',
);

const values = readExample('full.yaml', 'orders-db-wizard');

const skipReason = await frontendSkipReason();

describe('wizard with the full example', { skip: skipReason ?? false }, () => {
  let wizard: WizardPage | undefined;
  let page: Page;

  const screenshot = (name: string) => wizard!.screenshot(name);

  before(async () => {
    wizard = await openWizardPage(artifactsDir);
    page = wizard.page;
  });

  after(async () => {
    await wizard?.close();
  });

  test('every page takes the full example', { timeout: 600_000 }, async () => {
    try {
      await fillAllPages();
    } catch (error) {
      await screenshot('failed');
      throw error;
    }
  });

  async function fillAllPages(): Promise<void> {
    await openTemplate(page);

    await fillBasics(page, values);
    await screenshot('01-basics');
    await nextStep(page, 'Containers');

    await fillContainers(page, values);
    await screenshot('02-containers');
    await nextStep(page, 'Volumes and storage');

    await fillStorage(page, values);
    await screenshot('03-storage');
    await nextStep(page, 'Access');

    await fillAccess(page, values);
    await screenshot('04-access');
    await nextStep(page, 'Autoscaling');

    await fillAutoscaling(page, values);
    await screenshot('05-autoscaling');
    await nextStep(page, 'Scheduling and update');

    await fillScheduling(page, values);
    await screenshot('06-scheduling');
    await nextStep(page, 'Labels and annotations');

    await fillLabels(page, values);
    await screenshot('07-labels');
    await nextStep(page, 'Delivery');

    await fillDelivery(page, values);
    await screenshot('08-delivery');
    await nextStep(page, 'Preview');

    await page.getByTestId('manifest-preview').waitFor();
    await screenshot('09-preview');
    await clickButton(page, 'Review');
    await page.getByRole('button', { name: 'Create' }).waitFor();
  }

  test(
    'create publishes the same manifests as the CLI',
    { timeout: 300_000 },
    async () => {
      const repositoryUrl = await createComponent(page, values.name);
      await screenshot('10-task-done');

      const files = await assertSameManifestsAsCli(repositoryUrl, values);
      assert.deepEqual(files, [
        'hpa.yaml',
        'ingress.yaml',
        'service-headless.yaml',
        'service.yaml',
        'statefulset.yaml',
      ]);
    },
  );
});
