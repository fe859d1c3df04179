/*
 * The "Stateful application" wizard in a real browser: Debian's chromium,
 * driven by playwright-core, fills every page for the NGINX example through
 * the UI, checks the manifest preview and the in-place validation, creates
 * the component and lands on its catalog page. scripts/e2e.sh with
 * E2E_FRONTEND=1 starts the portal. Screenshots of each page go to
 * test-artifacts/wizard/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { CHROMIUM_PATH, openBrowser } from './wizard/browser.ts';
import { clickButton, nextStep, typeAt, waitForStep } from './wizard/form.ts';
import {
  fillAccess,
  fillBasics,
  fillContainers,
  fillLabels,
  fillStorage,
} from './wizard/steps.ts';
import type { ExampleValues } from './wizard/steps.ts';

const repoRoot = join(import.meta.dirname, '..');
const artifactsDir = join(repoRoot, 'test-artifacts', 'wizard');
const frontendUrl = process.env.STATEFULSET_FRONTEND_URL ?? 'http://localhost:3000';

// The scaffolder API test creates the example under its own name in the same
// local Git root, so the wizard creates it under another name.
const example = parse(
  readFileSync(join(repoRoot, 'templates/statefulset/examples/nginx.yaml'), 'utf8'),
) as ExampleValues;
const values: ExampleValues = { ...example, name: `${example.name}-wizard` };

async function frontendSkipReason(): Promise<string | undefined> {
  if (!existsSync(CHROMIUM_PATH)) {
    return `${CHROMIUM_PATH} is missing; run scripts/test-packages.sh`;
  }
  if (process.env.E2E_FRONTEND !== '1') {
    return 'the frontend is not started; run E2E_FRONTEND=1 scripts/e2e.sh';
  }
  try {
    await fetch(frontendUrl);
    return undefined;
  } catch (error) {
    return `the frontend at ${frontendUrl} is not reachable: ${error}`;
  }
}

const skipReason = await frontendSkipReason();

describe('wizard in the browser', { skip: skipReason ?? false }, () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  const screenshot = async (name: string) => {
    await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
  };

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    ({ context, close } = await openBrowser());
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
  });

  after(async () => {
    await close?.();
  });

  test('guest signs in and opens the template', async () => {
    await page.goto(frontendUrl);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page.getByText('My Company Catalog').or(page.getByRole('link', { name: 'Create' })).first().waitFor();

    await page.goto(`${frontendUrl}/create`);
    const card = page.locator('article, .MuiCard-root').filter({ hasText: 'Stateful application' });
    await card.getByRole('button', { name: 'Choose' }).click();

    await page.locator('#root_name').waitFor();
    assert.match(await page.locator('h1, h2, h3').allInnerTexts().then(t => t.join(' ')), /Stateful application/);
  });

  test('basics page accepts the example', async () => {
    await fillBasics(page, values);
    await screenshot('01-basics');

    await nextStep(page, 'Containers');
  });

  test('containers page shows rule messages in place', async () => {
    await typeAt(page, 'containers[0].image.repository', values.containers[0].image.repository);
    await typeAt(page, 'containers[0].name', 'Web_1');

    const error = page.locator('#containers\\[0\\]\\.name-helper-text');
    await error.waitFor();
    assert.match(await error.innerText(), /"Web_1"/);
    await screenshot('02-containers-invalid');

    await clickButton(page, 'Next');
    await page.getByText(/containers\[0\]\.name: "Web_1"/).first().waitFor();
    await waitForStep(page, 'Containers');
  });

  test('containers page accepts the example', async () => {
    await fillContainers(page, values);
    await screenshot('02-containers');

    await nextStep(page, 'Volumes and storage');
  });

  test('storage page shows the mount path', async () => {
    await fillStorage(page, values);

    const mount = values.containers[0].volumeMounts![0];
    await page.getByText(`Mounted at ${values.containers[0].name}: ${mount.mountPath}`).waitFor();
    await screenshot('03-storage');

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

    await page.getByText(/"1.2.0\+build.7"/).first().waitFor();
    await screenshot('07-labels-invalid');

    await page.getByRole('button', { name: 'Remove row 1' }).click();
    await fillLabels(page, values);
    await screenshot('07-labels');

    await nextStep(page, 'Delivery');
  });

  test('delivery page takes the owner', async () => {
    const owner = page.locator('#root_owner');
    await owner.fill('guests');
    await page.getByRole('option', { name: /guests/ }).first().click();
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
    for (const file of ['manifests/statefulset.yaml', 'manifests/service-headless.yaml', 'manifests/service.yaml', 'manifests/ingress.yaml', 'catalog-info.yaml']) {
      await files.getByText(file, { exact: true }).waitFor();
    }

    await files.getByText('manifests/service-headless.yaml', { exact: true }).click();
    await page.locator('[data-testid="manifest-preview"][data-file="manifests/service-headless.yaml"]').waitFor();
    const headless = await preview.innerText();
    assert.match(headless, /kind: Service/);
    assert.match(headless, /clusterIP: None/);
    await screenshot('09-preview-headless-service');

    await clickButton(page, 'Review');
    await page.getByRole('button', { name: 'Create' }).waitFor();
    await screenshot('10-review');
  });

  test('create lands on the component page', { timeout: 300_000 }, async () => {
    await page.getByRole('button', { name: 'Create' }).click();

    const openInCatalog = page.getByRole('link', { name: 'Open in catalog' }).or(page.getByRole('button', { name: 'Open in catalog' }));
    await openInCatalog.first().waitFor({ timeout: 180_000 });
    await screenshot('11-task-done');

    await openInCatalog.first().click();
    await page.waitForURL(new RegExp(`/catalog/default/component/${values.name}`));

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
