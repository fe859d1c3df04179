/* The Access page: the access Service and the Ingress with its TLS certificates. */
import type { Page } from 'playwright-core';
import {
  byPath,
  clickButton,
  clickButtonAfter,
  pickAt,
  typeAt,
  typeListAt,
} from './form.ts';
import type { ExampleValues } from './values.ts';

async function fillService(page: Page, service: any): Promise<void> {
  await page.locator(byPath('service.enabled')).check();
  if (service.type) await pickAt(page, 'service.type', service.type);
  for (const [index, port] of service.ports.entries()) {
    await clickButton(page, 'Add Service port');
    const path = `service.ports[${index}]`;
    if (port.name) await typeAt(page, `${path}.name`, port.name);
    await typeAt(page, `${path}.port`, String(port.port));
    if (port.targetPort !== undefined)
      await typeAt(page, `${path}.targetPort`, String(port.targetPort));
    if (port.protocol) await pickAt(page, `${path}.protocol`, port.protocol);
    if (port.nodePort !== undefined)
      await typeAt(page, `${path}.nodePort`, String(port.nodePort));
  }
}

/** Fills the rules; switching the Ingress on starts it with one rule and one path. */
async function fillIngress(page: Page, ingress: any): Promise<void> {
  await page.locator(byPath('ingress.enabled')).check();
  if (ingress.className)
    await typeAt(page, 'ingress.className', ingress.className);
  for (const [r, rule] of ingress.rules.entries()) {
    if (r > 0) await clickButton(page, 'Add rule');
    if (rule.host) await typeAt(page, `ingress.rules[${r}].host`, rule.host);
    for (const [p, path] of rule.paths.entries()) {
      if (p > 0)
        await clickButtonAfter(
          page,
          `ingress.rules[${r}].paths[${p - 1}].servicePort`,
          'Add path',
        );
      const at = `ingress.rules[${r}].paths[${p}]`;
      await typeAt(page, `${at}.path`, path.path);
      await pickAt(page, `${at}.pathType`, path.pathType);
      await typeAt(page, `${at}.servicePort`, String(path.servicePort));
    }
  }
  for (const [index, tls] of (ingress.tls ?? []).entries()) {
    await clickButton(page, 'Add TLS certificate');
    await typeListAt(page, `ingress.tls[${index}].hosts`, tls.hosts);
    await typeAt(page, `ingress.tls[${index}].secretName`, tls.secretName);
  }
}

export async function fillAccess(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  if (values.service?.enabled) await fillService(page, values.service);
  if (values.ingress?.enabled) await fillIngress(page, values.ingress);
}
