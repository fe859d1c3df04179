/*
 * The StatefulSet card on a component's page, as a person uses it.
 */
import type { Locator, Page } from 'playwright-core';

/** Time for the card to show a state, e.g. after the controller caught up. */
export const CARD_TIMEOUT_MS = 90_000;

/** Opens an entity page, signing in as guest when the sign-in page shows. */
export async function openEntityPage(
  page: Page,
  frontendUrl: string,
  path: string,
): Promise<void> {
  await page.goto(`${frontendUrl}${path}`);

  const enter = page.getByRole('button', { name: 'Enter' });
  const card = page.getByText('StatefulSet', { exact: true });
  await enter.or(card).first().waitFor({ timeout: CARD_TIMEOUT_MS });
  if (await enter.isVisible()) {
    await enter.click();
  }
  await card.waitFor({ timeout: CARD_TIMEOUT_MS });
}

/**
 * Returns the StatefulSet card. Queries go through it, because the
 * catalog's About card also has buttons named Edit and Refresh.
 */
export function statefulSetCard(page: Page): Locator {
  return page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('StatefulSet', { exact: true }) });
}

/**
 * Clicks the card's Refresh button, which reads the status and the
 * comparison with Git again.
 */
export async function refreshCard(page: Page): Promise<void> {
  await statefulSetCard(page)
    .getByRole('button', { name: 'Refresh', exact: true })
    .click();
}
