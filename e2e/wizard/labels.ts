/* The Labels and annotations page. */
import type { Page } from 'playwright-core';
import { clickButton, typeAt } from './form.ts';
import type { ExampleValues } from './values.ts';

/** Each key's add button, and its index among the buttons of the same text on the page. */
const FIELDS = [
  { key: 'labels', button: 'Add label', index: 0 },
  { key: 'annotations', button: 'Add annotation', index: 0 },
  { key: 'podLabels', button: 'Add label', index: 1 },
  { key: 'podAnnotations', button: 'Add annotation', index: 1 },
];

export async function fillLabels(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  for (const field of FIELDS) {
    for (const [index, [key, value]] of Object.entries(
      values[field.key] ?? {},
    ).entries()) {
      await clickButton(page, field.button, field.index);
      await typeAt(page, `${field.key}[${index}].key`, key);
      await typeAt(page, `${field.key}[${index}].value`, String(value));
    }
  }
}
