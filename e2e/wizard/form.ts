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
export async function typeAt(
  page: Page,
  path: string,
  text: string,
): Promise<void> {
  await page.locator(byPath(path)).fill(text);
  await page.locator(byPath(path)).blur();
}

/** Opens the drop-down bound to a parameter path and picks the option with this text. */
export async function pickAt(
  page: Page,
  path: string,
  option: string,
): Promise<void> {
  await page.locator(byPath(path)).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
}

/** Clicks a button by its visible text, the n-th when several match. */
export async function clickButton(
  page: Page,
  name: string,
  index = 0,
): Promise<void> {
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

/**
 * Clicks the first button with this text that follows the input bound to
 * `path` in the page, such as the "Add tag" button of one log source.
 */
export async function clickButtonAfter(
  page: Page,
  path: string,
  name: string,
): Promise<void> {
  await page
    .locator(byPath(path))
    .locator(`xpath=following::button[normalize-space(.)="${name}"][1]`)
    .click();
}

/** Sets the checkbox or switch bound to a parameter path. */
export async function checkAt(
  page: Page,
  path: string,
  checked: boolean,
): Promise<void> {
  await page.locator(byPath(path)).setChecked(checked);
}

/**
 * Sets an optional flag as a values file has it: `true` checks the box, and
 * `false` checks and clears it, because an untouched box leaves the key out.
 */
export async function setFlagAt(
  page: Page,
  path: string,
  flag: boolean | undefined,
): Promise<void> {
  if (flag === undefined) return;
  await checkAt(page, path, true);
  if (!flag) await checkAt(page, path, false);
}

/** Types a list of strings into the one-per-line box bound to a parameter path. */
export async function typeListAt(
  page: Page,
  path: string,
  list: string[] | undefined,
): Promise<void> {
  if (!list) return;
  await typeAt(page, path, list.join('\n'));
}

/**
 * Picks an option of a standard form select by its RJSF id, such as
 * `root_podManagementPolicy`. The id sits on the select's hidden input, so
 * this clicks the visible box that its label names.
 */
export async function pickStandard(
  page: Page,
  id: string,
  option: string,
): Promise<void> {
  await page.locator(`[role="button"][aria-labelledby^="${id}-label"]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
}

/** Splits a quantity such as `250m` or `20Gi` into the amount box and the unit picker's label. */
function quantityParts(
  quantity: string,
  kind: 'cpu' | 'bytes',
): { amount: string; unit: string } {
  const match = /^([0-9.]+)([A-Za-z]*)$/.exec(quantity);
  if (!match) {
    throw new Error(
      `quantity ${quantity} of the example has no amount and unit`,
    );
  }
  const suffix = match[2];
  if (kind === 'cpu') {
    return {
      amount: match[1],
      unit: suffix === 'm' ? 'm (millicores)' : 'cores',
    };
  }
  return { amount: match[1], unit: suffix === '' ? 'none' : suffix };
}

/** Picks the unit and types the amount of a quantity box; does nothing for `undefined`. */
export async function typeQuantityAt(
  page: Page,
  path: string,
  quantity: string | undefined,
  kind: 'cpu' | 'bytes',
): Promise<void> {
  if (!quantity) return;
  const { amount, unit } = quantityParts(quantity, kind);
  await pickAt(page, `${path}:unit`, unit);
  await typeAt(page, path, amount);
}
