/* The Autoscaling page: the HorizontalPodAutoscaler. */
import type { Page } from 'playwright-core';
import { byPath, typeAt } from './form.ts';
import type { ExampleValues } from './values.ts';

/** Switches autoscaling on and types every target; an absent target clears the suggested value. */
export async function fillAutoscaling(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  const autoscaling = values.autoscaling;
  if (!autoscaling?.enabled) return;
  await page.locator(byPath('autoscaling.enabled')).check();
  for (const key of [
    'minReplicas',
    'maxReplicas',
    'cpuUtilization',
    'memoryUtilization',
  ]) {
    await typeAt(
      page,
      `autoscaling.${key}`,
      autoscaling[key] === undefined ? '' : String(autoscaling[key]),
    );
  }
}
