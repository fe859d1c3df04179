/*
 * The Containers page: containers and init containers with image,
 * resources, ports, environment, probes, lifecycle hooks, volume mounts and
 * log collection.
 */
import type { Page } from 'playwright-core';
import {
  byPath,
  clickButton,
  clickButtonAfter,
  pickAt,
  setFlagAt,
  typeAt,
  typeListAt,
  typeQuantityAt,
} from './form.ts';
import type { ExampleValues } from './values.ts';

const PROBE_TIMINGS = [
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'successThreshold',
  'failureThreshold',
] as const;

async function fillImage(page: Page, path: string, image: any): Promise<void> {
  await typeAt(page, `${path}.repository`, image.repository);
  if (image.tag) await typeAt(page, `${path}.tag`, image.tag);
  if (image.digest) await typeAt(page, `${path}.digest`, image.digest);
  if (image.pullPolicy)
    await pickAt(page, `${path}.pullPolicy`, image.pullPolicy);
}

async function fillResources(
  page: Page,
  path: string,
  resources: any,
): Promise<void> {
  for (const list of ['requests', 'limits'] as const) {
    const quantities = resources?.[list];
    await typeQuantityAt(page, `${path}.${list}.cpu`, quantities?.cpu, 'cpu');
    await typeQuantityAt(
      page,
      `${path}.${list}.memory`,
      quantities?.memory,
      'bytes',
    );
    await typeQuantityAt(
      page,
      `${path}.${list}.ephemeralStorage`,
      quantities?.ephemeralStorage,
      'bytes',
    );
  }
}

async function fillPorts(
  page: Page,
  path: string,
  ports: any[] = [],
): Promise<void> {
  for (const [index, port] of ports.entries()) {
    await clickButtonAfter(page, `${path}.name`, 'Add port');
    const at = `${path}.ports[${index}]`;
    if (port.name) await typeAt(page, `${at}.name`, port.name);
    await typeAt(page, `${at}.containerPort`, String(port.containerPort));
    if (port.protocol) await pickAt(page, `${at}.protocol`, port.protocol);
  }
}

async function fillEnv(
  page: Page,
  path: string,
  env: any[] = [],
): Promise<void> {
  for (const [index, entry] of env.entries()) {
    await clickButtonAfter(page, `${path}.name`, 'Add variable');
    const at = `${path}.env[${index}]`;
    if (entry.source !== 'value')
      await pickAt(page, `${at}.source`, entry.source);
    for (const key of [
      'name',
      'value',
      'configMapName',
      'secretName',
      'key',
      'prefix',
      'fieldPath',
    ]) {
      if (entry[key] !== undefined)
        await typeAt(page, `${at}.${key}`, entry[key]);
    }
    await setFlagAt(page, `${at}.optional`, entry.optional);
  }
}

async function fillHttpGet(
  page: Page,
  path: string,
  httpGet: any,
): Promise<void> {
  await typeAt(page, `${path}.path`, httpGet.path ?? '');
  await typeAt(page, `${path}.port`, String(httpGet.port));
  if (httpGet.scheme) await pickAt(page, `${path}.scheme`, httpGet.scheme);
  if (httpGet.host) await typeAt(page, `${path}.host`, httpGet.host);
  for (const [index, header] of (httpGet.httpHeaders ?? []).entries()) {
    await clickButtonAfter(page, `${path}.port`, 'Add header');
    await typeAt(page, `${path}.httpHeaders[${index}].name`, header.name);
    await typeAt(page, `${path}.httpHeaders[${index}].value`, header.value);
  }
}

async function fillProbes(
  page: Page,
  path: string,
  probes: any = {},
): Promise<void> {
  for (const kind of ['liveness', 'readiness', 'startup']) {
    const probe = probes[kind];
    if (!probe) continue;
    const at = `${path}.${kind}`;
    await page.locator(byPath(`${at}:enabled`)).check();
    if (probe.type !== 'tcpSocket')
      await pickAt(page, `${at}.type`, probe.type);
    if (probe.type === 'httpGet')
      await fillHttpGet(page, `${at}.httpGet`, probe.httpGet);
    if (probe.type === 'tcpSocket')
      await typeAt(page, `${at}.tcpSocket.port`, String(probe.tcpSocket.port));
    if (probe.type === 'exec')
      await typeListAt(page, `${at}.exec.command`, probe.exec.command);
    for (const timing of PROBE_TIMINGS) {
      if (probe[timing] !== undefined)
        await typeAt(page, `${at}.${timing}`, String(probe[timing]));
    }
  }
}

async function fillLifecycle(
  page: Page,
  path: string,
  lifecycle: any = {},
): Promise<void> {
  for (const kind of ['postStart', 'preStop']) {
    const hook = lifecycle[kind];
    if (!hook) continue;
    const at = `${path}.${kind}`;
    await page.locator(byPath(`${at}:enabled`)).check();
    if (hook.type === 'httpGet') {
      await pickAt(page, `${at}.type`, 'httpGet');
      await fillHttpGet(page, `${at}.httpGet`, hook.httpGet);
    } else {
      await typeListAt(page, `${at}.exec.command`, hook.exec.command);
    }
  }
}

async function fillVolumeMounts(
  page: Page,
  path: string,
  mounts: any[] = [],
): Promise<void> {
  for (const [index, mount] of mounts.entries()) {
    await clickButtonAfter(page, `${path}.name`, 'Add mount');
    const at = `${path}.volumeMounts[${index}]`;
    await typeAt(page, `${at}.name`, mount.name);
    await typeAt(page, `${at}.mountPath`, mount.mountPath);
    if (mount.subPath) await typeAt(page, `${at}.subPath`, mount.subPath);
    await setFlagAt(page, `${at}.readOnly`, mount.readOnly);
  }
}

async function fillLogs(
  page: Page,
  path: string,
  logs: any[] = [],
): Promise<void> {
  for (const [index, log] of logs.entries()) {
    await clickButtonAfter(page, `${path}.name`, 'Add log source');
    const at = `${path}.logs[${index}]`;
    await typeAt(page, `${at}.logstore`, log.logstore);
    await typeAt(page, `${at}.path`, log.path);
    for (const [tagIndex, [key, value]] of Object.entries(
      log.tags ?? {},
    ).entries()) {
      await clickButtonAfter(page, `${at}.path`, 'Add tag');
      await typeAt(page, `${at}.tags[${tagIndex}].key`, key);
      await typeAt(page, `${at}.tags[${tagIndex}].value`, String(value));
    }
  }
}

/** Fills one container editor; `path` is `containers[i]` or `initContainers[i]`. */
async function fillContainer(
  page: Page,
  path: string,
  container: any,
): Promise<void> {
  await typeAt(page, `${path}.name`, container.name);
  await fillImage(page, `${path}.image`, container.image);
  await typeListAt(page, `${path}.command`, container.command);
  await typeListAt(page, `${path}.args`, container.args);
  for (const flag of ['stdin', 'tty', 'privileged']) {
    await setFlagAt(page, `${path}.${flag}`, container[flag]);
  }
  await fillResources(page, `${path}.resources`, container.resources);
  await fillPorts(page, path, container.ports);
  await fillEnv(page, path, container.env);
  await fillProbes(page, `${path}.probes`, container.probes);
  await fillLifecycle(page, `${path}.lifecycle`, container.lifecycle);
  await fillVolumeMounts(page, path, container.volumeMounts);
  await fillLogs(page, path, container.logs);
}

/**
 * Fills the containers and init containers of the values. The page starts
 * with one empty container, so only further containers are added.
 */
export async function fillContainers(
  page: Page,
  values: ExampleValues,
): Promise<void> {
  for (const [index, container] of values.containers.entries()) {
    if (index > 0) await clickButton(page, 'Add container');
    await fillContainer(page, `containers[${index}]`, container);
  }
  for (const [index, container] of (values.initContainers ?? []).entries()) {
    await clickButton(page, 'Add init container');
    await fillContainer(page, `initContainers[${index}]`, container);
  }
}
