/*
 * Steps around the wizard's pages that every browser test of the template
 * takes: whether the frontend runs, the browser page, signing in and
 * opening the template, and creating the component.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, openBrowser } from '../browser.ts';

export const frontendUrl =
  process.env.STATEFULSET_FRONTEND_URL ?? 'http://localhost:3000';

/** Returns why a browser test cannot run here, or `undefined` when it can. */
export async function frontendSkipReason(): Promise<string | undefined> {
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

/** Signs in as the guest user and opens the "Stateful application" template. */
export async function openTemplate(page: Page): Promise<void> {
  await page.goto(frontendUrl);
  await page.getByRole('button', { name: 'Enter' }).click();
  await page
    .getByText('My Company Catalog')
    .or(page.getByRole('link', { name: 'Create' }))
    .first()
    .waitFor();

  await page.goto(`${frontendUrl}/create`);
  // The first Choose button after the exact title, because the card title
  // "Update stateful application" contains the same words.
  await page
    .locator(
      'xpath=//*[normalize-space(text())="Stateful application"]/following::button[normalize-space(.)="Choose"][1]',
    )
    .click();
  await page.locator('[data-path="name"]').waitFor();
}

/**
 * Clicks Create on the review page, waits for the task to finish, and
 * returns the URL of the published repository from the task's output links.
 */
export async function createComponent(
  page: Page,
  name: string,
): Promise<string> {
  await page.getByRole('button', { name: 'Create' }).click();

  const openInCatalog = page
    .getByRole('link', { name: 'Open in catalog' })
    .or(page.getByRole('button', { name: 'Open in catalog' }));
  await openInCatalog.first().waitFor({ timeout: 180_000 });

  const repositoryUrl = await page
    .getByRole('link', { name: 'Repository' })
    .first()
    .getAttribute('href');
  assert.ok(repositoryUrl, 'the task page has no Repository link');
  const localGitRoot = process.env.STATEFULSET_E2E_LOCAL_GIT_ROOT;
  if (localGitRoot) {
    assert.equal(repositoryUrl, `file://${localGitRoot}/${name}.git`);
  }
  return repositoryUrl;
}

/** A page of a fresh browser for one wizard test, and its full-page screenshots. */
export type WizardPage = {
  page: Page;
  screenshot: (name: string) => Promise<void>;
  close: () => Promise<void>;
};

/** Opens a fresh browser whose screenshots go to `artifactsDir/<name>.png`. */
export async function openWizardPage(
  artifactsDir: string,
): Promise<WizardPage> {
  mkdirSync(artifactsDir, { recursive: true });
  const { context, close } = await openBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);

  return {
    page,
    screenshot: async (name: string) => {
      await page.screenshot({
        path: join(artifactsDir, `${name}.png`),
        fullPage: true,
      });
    },
    close,
  };
}
