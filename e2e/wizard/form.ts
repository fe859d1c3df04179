/*
 * Fills the wizard's inputs the way a person does: by typing into boxes and
 * picking options from menus. Inputs of the StatefulSet fields carry a
 * `data-path` attribute with their parameter path, such as
 * `containers[0].image.repository`; standard widgets use RJSF ids (`#root_name`).
 */
import type { Page } from 'playwright-core';

export function byPath(path: string): string {
  return `[data-path="${path}"]`;
}

/** Types into the text box bound to a parameter path. */
export async function typeAt(page: Page, path: string, text: string): Promise<void> {
  await page.locator(byPath(path)).fill(text);
  await page.locator(byPath(path)).blur();
}

/** Opens the drop-down bound to a parameter path and picks the option with this text. */
export async function pickAt(page: Page, path: string, option: string): Promise<void> {
  await page.locator(byPath(path)).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
}

/** Clicks a button by its visible text, the n-th when several match. */
export async function clickButton(page: Page, name: string, index = 0): Promise<void> {
  await page.getByRole('button', { name, exact: true }).nth(index).click();
}

/** Waits until the stepper marks the step with this title as the current one. */
export async function waitForStep(page: Page, title: string): Promise<void> {
  await page.locator('.MuiStepLabel-active', { hasText: title }).waitFor();
}

/** Goes to the next wizard step and waits until the stepper shows it. */
export async function nextStep(page: Page, nextTitle: string): Promise<void> {
  await clickButton(page, 'Next');
  await waitForStep(page, nextTitle);
}
