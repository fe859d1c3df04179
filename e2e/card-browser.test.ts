/*
 * The StatefulSet entity card in Chromium, against the running portal
 * (frontend and backend) and the local control plane: pods by ordinal,
 * Scale through the dialog, claims kept after scale-in, and the missing
 * RBAC permission named for a read-only cluster. Needs scripts/e2e.sh with
 * E2E_FRONTEND=1 and the overlay app-config.cluster-e2e.yaml of
 * tools/cluster/start.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CoreV1Api } from '@kubernetes/client-node';
import type { KubeConfig } from '@kubernetes/client-node';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser } from './browser.ts';
import { registerTestEntities } from './cluster/catalog.ts';
import { loadClusterKubeConfig } from './cluster/kubeconfig.ts';
import { applyObjects, recreateNamespace } from './cluster/objects.ts';
import { checkBackendReachable } from './cluster/portal.ts';
import { examplesDir, renderExample } from './cluster/render.ts';
import { CARD_TIMEOUT_MS, openEntityPage } from './edit-browser/card.ts';

// Fixed names, because the catalog entities in e2e/cluster/entities.yaml
// point at them.
const namespace = 'statefulset-e2e';
const entityRef = 'component:default/statefulset-e2e-nginx';
const entityPage = '/catalog/default/component/statefulset-e2e-nginx';
const viewerEntityPage =
  '/catalog/default/component/statefulset-e2e-nginx-viewer';

const frontendUrl = process.env.STATEFULSET_FRONTEND_URL;

async function checkFrontendReachable(): Promise<string | undefined> {
  if (!frontendUrl) {
    return 'STATEFULSET_FRONTEND_URL is not set; run the tests with E2E_FRONTEND=1 scripts/e2e.sh';
  }
  try {
    await fetch(frontendUrl);
    return undefined;
  } catch (error) {
    return `no frontend at ${frontendUrl}: ${(error as Error).message}`;
  }
}

const cluster = loadClusterKubeConfig();
const skipReason =
  ('skipReason' in cluster ? cluster.skipReason : undefined) ??
  (await checkBackendReachable()) ??
  (await checkFrontendReachable());

/** Scales through the card's dialog and waits for the dialog to close. */
async function scaleTo(page: Page, replicas: number): Promise<void> {
  await page.getByRole('button', { name: 'Scale' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New replicas').fill(String(replicas));
  await dialog.getByRole('button', { name: 'Scale' }).click();
  await dialog.waitFor({ state: 'detached', timeout: CARD_TIMEOUT_MS });
}

async function podCellTexts(page: Page): Promise<string[]> {
  const rows = page.locator('[data-testid^="ordinal-"]');
  const texts: string[] = [];
  for (let index = 0; index < (await rows.count()); index++) {
    texts.push(await rows.nth(index).locator('td').first().innerText());
  }
  return texts;
}

describe(
  'StatefulSet card in the browser',
  { skip: skipReason ?? false },
  () => {
    let kubeConfig: KubeConfig;
    let core: CoreV1Api;
    let context: BrowserContext;
    let closeBrowser: (() => Promise<void>) | undefined;
    let page: Page;
    let unregisterEntities: (() => Promise<void>) | undefined;

    before(async () => {
      if (!('kubeConfig' in cluster)) {
        return;
      }
      kubeConfig = cluster.kubeConfig;
      core = kubeConfig.makeApiClient(CoreV1Api);
      unregisterEntities = await registerTestEntities(entityRef);

      // A namespace left by an earlier test file or run goes first.
      await recreateNamespace(kubeConfig, namespace);
      const objects = await renderExample(
        join(examplesDir, 'nginx.yaml'),
        namespace,
      );
      await applyObjects(kubeConfig, objects, { dryRun: false });

      ({ context, close: closeBrowser } = await openBrowser({
        viewport: { width: 1440, height: 1600 },
      }));
      page = context.pages()[0] ?? (await context.newPage());
    });

    after(async () => {
      await closeBrowser?.();
      await unregisterEntities?.();
      if (kubeConfig) {
        await core.deleteNamespace({ name: namespace });
      }
    });

    test('shows pods in ordinal order', async () => {
      await openEntityPage(page, frontendUrl!, entityPage);

      await page.getByText('3/3 ready').waitFor({ timeout: CARD_TIMEOUT_MS });
      const cells = await podCellTexts(page);
      assert.equal(cells.length, 3);
      assert.match(cells[0], /^nginx-0/);
      assert.match(cells[1], /^nginx-1/);
      assert.match(cells[2], /^nginx-2/);
    });

    test('scale dialog plans new ordinal', async () => {
      await page.getByRole('button', { name: 'Scale' }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('New replicas').fill('4');

      const plan = await dialog.getByText(/^Creates 1 pod:/).innerText();
      assert.match(plan, /nginx-3/);

      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    });

    test('scale out shows new pod', async () => {
      await scaleTo(page, 4);

      await page.getByText('4/4 ready').waitFor({ timeout: CARD_TIMEOUT_MS });
      const cells = await podCellTexts(page);
      assert.equal(cells.length, 4);
      assert.match(cells[3], /^nginx-3/);
    });

    test('scale in keeps claims', async () => {
      await scaleTo(page, 2);

      await page.getByText('2/2 ready').waitFor({ timeout: CARD_TIMEOUT_MS });
      const kept = page.getByText('kept after scale-in');
      await kept.nth(1).waitFor({ timeout: CARD_TIMEOUT_MS });
      assert.equal(await kept.count(), 2);

      const ordinalThree = page.getByTestId('ordinal-3');
      assert.match(await ordinalThree.innerText(), /disk-ssd-nginx-3/);
      assert.match(await ordinalThree.innerText(), /kept after scale-in/);
    });

    test('names missing RBAC permission', async () => {
      await openEntityPage(page, frontendUrl!, viewerEntityPage);
      await page.getByText('2/2 ready').waitFor({ timeout: CARD_TIMEOUT_MS });

      await page.getByRole('button', { name: 'Scale' }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('New replicas').fill('3');
      await dialog.getByRole('button', { name: 'Scale' }).click();

      const error = dialog.getByText(
        /may not \w+ statefulsets\/scale in namespace statefulset-e2e/,
      );
      await error.waitFor({ timeout: CARD_TIMEOUT_MS });
      assert.match(await error.innerText(), /cluster local-viewer/);
    });
  },
);
