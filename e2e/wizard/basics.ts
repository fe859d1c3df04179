/* The Basics page: name, description, namespace, replicas, pull Secrets and time zone. */
import type { Page } from 'playwright-core';
import { typeAt, typeListAt } from './form.ts';
import type { ExampleValues } from './values.ts';

export async function fillBasics(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  await typeAt(page, 'name', values.name);
  if (values.description)
    await page.locator('#root_description').fill(values.description);
  await typeAt(page, 'namespace', values.namespace ?? 'default');
  await typeAt(page, 'replicas', String(values.replicas ?? 1));
  await typeListAt(page, 'imagePullSecrets', values.imagePullSecrets);
  if (values.timezoneSync) await page.locator('#root_timezoneSync').check();
}
