/* The Delivery page: owner, system and cluster of the catalog component. */
import type { Page } from 'playwright-core';
import type { ExampleValues } from './values.ts';

/**
 * Picks the owner from the catalog's suggestions. The system is typed as a
 * full entity reference, because the picker accepts references that the
 * catalog does not hold yet.
 */
export async function fillDelivery(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  const ownerName = String(values.owner ?? 'group:default/guests').replace(
    /^.*\//,
    '',
  );
  await page.locator('#root_owner').fill(ownerName);
  await page
    .getByRole('option', { name: new RegExp(ownerName) })
    .first()
    .click();

  if (values.system) {
    await page.locator('#root_system').fill(values.system);
    await page.locator('#root_system').press('Tab');
  }
  if (values.cluster) await page.locator('#root_cluster').fill(values.cluster);
}
