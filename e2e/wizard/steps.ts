/*
 * The wizard pages of the "Stateful application" template, filled from a
 * values file through the UI alone. Each function fills one page and leaves
 * the decision to go on to the caller, so the test can take a screenshot.
 */
import type { Page } from 'playwright-core';
import { byPath, clickButton, pickAt, typeAt } from './form.ts';

/** Values of templates/statefulset/examples/*.yaml that the wizard test fills in. */
export type ExampleValues = {
  name: string;
  namespace?: string;
  replicas?: number;
  labels?: Record<string, string>;
  containers: Array<{
    name: string;
    image: { repository: string; tag?: string; pullPolicy?: string };
    resources?: {
      requests?: { cpu?: string; memory?: string };
      limits?: { cpu?: string; memory?: string };
    };
    ports?: Array<{ name?: string; containerPort: number; protocol?: string }>;
    probes?: { readiness?: { type: string; httpGet?: { path?: string; port: number | string } } };
    volumeMounts?: Array<{ name: string; mountPath: string }>;
  }>;
  volumeClaimTemplates?: Array<{ name: string; storage: string; accessModes: string[] }>;
  service?: {
    enabled: boolean;
    type?: string;
    ports: Array<{ name?: string; port: number; targetPort?: number | string; protocol?: string }>;
  };
  ingress?: {
    enabled: boolean;
    rules: Array<{ host?: string; paths: Array<{ path: string; pathType: string; servicePort: number | string }> }>;
  };
};

/** Splits a quantity such as `250m` or `20Gi` into the amount box and the unit picker's label. */
function quantityParts(quantity: string, kind: 'cpu' | 'bytes'): { amount: string; unit: string } {
  const match = /^([0-9.]+)([A-Za-z]*)$/.exec(quantity);
  if (!match) {
    throw new Error(`quantity ${quantity} of the example has no amount and unit`);
  }
  const suffix = match[2];
  if (kind === 'cpu') {
    return { amount: match[1], unit: suffix === 'm' ? 'm (millicores)' : 'cores' };
  }
  return { amount: match[1], unit: suffix === '' ? 'none' : suffix };
}

async function typeQuantity(page: Page, path: string, quantity: string | undefined, kind: 'cpu' | 'bytes') {
  if (!quantity) return;
  const { amount, unit } = quantityParts(quantity, kind);
  await pickAt(page, `${path}:unit`, unit);
  await typeAt(page, path, amount);
}

export async function fillBasics(page: Page, values: ExampleValues): Promise<void> {
  await page.locator('#root_name').fill(values.name);
  await page.locator('#root_namespace').fill(values.namespace ?? 'default');
  await page.locator('#root_replicas').fill(String(values.replicas ?? 1));
}

export async function fillContainers(page: Page, values: ExampleValues): Promise<void> {
  for (const [index, container] of values.containers.entries()) {
    const path = `containers[${index}]`;
    if (index > 0) {
      await clickButton(page, 'Add container');
    }
    await typeAt(page, `${path}.name`, container.name);
    await typeAt(page, `${path}.image.repository`, container.image.repository);
    if (container.image.tag) await typeAt(page, `${path}.image.tag`, container.image.tag);
    if (container.image.pullPolicy) await pickAt(page, `${path}.image.pullPolicy`, container.image.pullPolicy);

    for (const list of ['requests', 'limits'] as const) {
      const resources = container.resources?.[list];
      await typeQuantity(page, `${path}.resources.${list}.cpu`, resources?.cpu, 'cpu');
      await typeQuantity(page, `${path}.resources.${list}.memory`, resources?.memory, 'bytes');
    }

    for (const [p, port] of (container.ports ?? []).entries()) {
      await clickButton(page, 'Add port', index);
      if (port.name) await typeAt(page, `${path}.ports[${p}].name`, port.name);
      await typeAt(page, `${path}.ports[${p}].containerPort`, String(port.containerPort));
      if (port.protocol) await pickAt(page, `${path}.ports[${p}].protocol`, port.protocol);
    }

    const readiness = container.probes?.readiness;
    if (readiness?.httpGet) {
      await page.locator(byPath(`${path}.probes.readiness:enabled`)).check();
      await pickAt(page, `${path}.probes.readiness.type`, 'httpGet');
      await typeAt(page, `${path}.probes.readiness.httpGet.path`, readiness.httpGet.path ?? '/');
      await typeAt(page, `${path}.probes.readiness.httpGet.port`, String(readiness.httpGet.port));
    }

    for (const [m, mount] of (container.volumeMounts ?? []).entries()) {
      await clickButton(page, 'Add mount', index);
      await typeAt(page, `${path}.volumeMounts[${m}].name`, mount.name);
      await typeAt(page, `${path}.volumeMounts[${m}].mountPath`, mount.mountPath);
    }
  }
}

export async function fillStorage(page: Page, values: ExampleValues): Promise<void> {
  for (const [index, claim] of (values.volumeClaimTemplates ?? []).entries()) {
    await clickButton(page, 'Add claim template');
    const path = `volumeClaimTemplates[${index}]`;
    await typeAt(page, `${path}.name`, claim.name);
    await typeQuantity(page, `${path}.storage`, claim.storage, 'bytes');
    for (const mode of ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']) {
      const box = page.locator(byPath(`${path}.accessModes:${mode}`));
      await box.setChecked(claim.accessModes.includes(mode));
    }
  }
}

export async function fillAccess(page: Page, values: ExampleValues): Promise<void> {
  if (values.service?.enabled) {
    await page.locator(byPath('service.enabled')).check();
    if (values.service.type) await pickAt(page, 'service.type', values.service.type);
    for (const [index, port] of values.service.ports.entries()) {
      await clickButton(page, 'Add Service port');
      const path = `service.ports[${index}]`;
      if (port.name) await typeAt(page, `${path}.name`, port.name);
      await typeAt(page, `${path}.port`, String(port.port));
      if (port.targetPort !== undefined) await typeAt(page, `${path}.targetPort`, String(port.targetPort));
      if (port.protocol) await pickAt(page, `${path}.protocol`, port.protocol);
    }
  }

  if (values.ingress?.enabled) {
    await page.locator(byPath('ingress.enabled')).check();
    for (const [r, rule] of values.ingress.rules.entries()) {
      if (r > 0) await clickButton(page, 'Add rule');
      if (rule.host) await typeAt(page, `ingress.rules[${r}].host`, rule.host);
      for (const [p, path] of rule.paths.entries()) {
        if (p > 0) await clickButton(page, 'Add path', r);
        const at = `ingress.rules[${r}].paths[${p}]`;
        await typeAt(page, `${at}.path`, path.path);
        await pickAt(page, `${at}.pathType`, path.pathType);
        await typeAt(page, `${at}.servicePort`, String(path.servicePort));
      }
    }
  }
}

export async function fillLabels(page: Page, values: ExampleValues): Promise<void> {
  for (const [index, [key, value]] of Object.entries(values.labels ?? {}).entries()) {
    await clickButton(page, 'Add label');
    await typeAt(page, `labels[${index}].key`, key);
    await typeAt(page, `labels[${index}].value`, value);
  }
}
