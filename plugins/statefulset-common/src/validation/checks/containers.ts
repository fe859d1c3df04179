import {
  Container,
  InitContainer,
  Probe,
  StatefulSetValues,
} from '../../model';
import { describeValue } from '../rules/describe';
import { parseQuantity } from '../rules/quantity';
import { ValuePath, formatPath } from '../fieldError';
import { ValueIssue } from './types';

type AnyContainer = Container | InitContainer;

function eachContainer(
  values: StatefulSetValues,
): Array<{ container: AnyContainer; path: ValuePath }> {
  return [
    ...values.containers.map((container, index) => ({
      container,
      path: ['containers', index],
    })),
    ...(values.initContainers ?? []).map((container, index) => ({
      container,
      path: ['initContainers', index],
    })),
  ];
}

/** Container names are unique across containers and init containers. */
export function checkContainerNames(values: StatefulSetValues): ValueIssue[] {
  const firstPath = new Map<string, ValuePath>();
  const issues: ValueIssue[] = [];

  for (const { container, path } of eachContainer(values)) {
    const earlier = firstPath.get(container.name);
    if (earlier) {
      issues.push({
        path: [...path, 'name'],
        message: `${describeValue(
          container.name,
        )} is already the name of ${formatPath(
          earlier,
        )}, container names are unique across containers and init containers, e.g. "${
          container.name
        }-2"`,
      });
    } else {
      firstPath.set(container.name, path);
    }
  }
  return issues;
}

/** Resource requests do not exceed limits. */
function checkRequestsWithinLimits(
  container: AnyContainer,
  path: ValuePath,
): ValueIssue[] {
  const requests = container.resources?.requests ?? {};
  const limits = container.resources?.limits ?? {};
  const issues: ValueIssue[] = [];

  for (const resource of ['cpu', 'memory', 'ephemeralStorage'] as const) {
    const request = requests[resource];
    const limit = limits[resource];
    if (request === undefined || limit === undefined) {
      continue;
    }

    const requestAmount = parseQuantity(request);
    const limitAmount = parseQuantity(limit);
    if (
      requestAmount !== undefined &&
      limitAmount !== undefined &&
      requestAmount > limitAmount
    ) {
      issues.push({
        path: [...path, 'resources', 'requests', resource],
        message: `${describeValue(
          request,
        )} is more than the limit ${describeValue(
          limit,
        )}, a request is at most its limit: lower the request to ${describeValue(
          limit,
        )} or raise the limit`,
      });
    }
  }
  return issues;
}

function portNames(container: AnyContainer): string[] {
  return (container.ports ?? []).flatMap(port =>
    port.name ? [port.name] : [],
  );
}

function checkNamedPort(
  port: number | string,
  container: AnyContainer,
  path: ValuePath,
): ValueIssue[] {
  if (typeof port !== 'string' || portNames(container).includes(port)) {
    return [];
  }
  const known = portNames(container);
  const fix =
    known.length > 0
      ? `use one of ${known
          .map(name => `"${name}"`)
          .join(', ')} or a port number`
      : "name the port in this container's ports or use a port number, e.g. 8080";
  return [
    {
      path,
      message: `${describeValue(
        port,
      )} is not the name of a port of container "${container.name}", ${fix}`,
    },
  ];
}

function checkProbe(
  probe: Probe,
  kind: string,
  container: AnyContainer,
  path: ValuePath,
): ValueIssue[] {
  const issues: ValueIssue[] = [];

  if (
    (kind === 'liveness' || kind === 'startup') &&
    probe.successThreshold !== 1
  ) {
    issues.push({
      path: [...path, 'successThreshold'],
      message: `${probe.successThreshold} is not allowed for a ${kind} probe, successThreshold of liveness and startup probes must be 1`,
    });
  }
  if (probe.httpGet) {
    issues.push(
      ...checkNamedPort(probe.httpGet.port, container, [
        ...path,
        'httpGet',
        'port',
      ]),
    );
  }
  if (probe.tcpSocket) {
    issues.push(
      ...checkNamedPort(probe.tcpSocket.port, container, [
        ...path,
        'tcpSocket',
        'port',
      ]),
    );
  }
  return issues;
}

/** Probe and lifecycle hook rules that depend on the container's other fields. */
function checkProbesAndHooks(
  container: Container,
  path: ValuePath,
): ValueIssue[] {
  const issues: ValueIssue[] = [];

  for (const kind of ['liveness', 'readiness', 'startup'] as const) {
    const probe = container.probes?.[kind];
    if (probe) {
      issues.push(
        ...checkProbe(probe, kind, container, [...path, 'probes', kind]),
      );
    }
  }
  for (const hook of ['postStart', 'preStop'] as const) {
    const httpGet = container.lifecycle?.[hook]?.httpGet;
    if (httpGet) {
      issues.push(
        ...checkNamedPort(httpGet.port, container, [
          ...path,
          'lifecycle',
          hook,
          'httpGet',
          'port',
        ]),
      );
    }
  }
  return issues;
}

/** Port names are unique within a container. */
function checkPortNames(
  container: AnyContainer,
  path: ValuePath,
): ValueIssue[] {
  const seen = new Set<string>();
  const issues: ValueIssue[] = [];

  (container.ports ?? []).forEach((port, index) => {
    if (port.name === undefined) {
      return;
    }
    if (seen.has(port.name)) {
      issues.push({
        path: [...path, 'ports', index, 'name'],
        message: `${describeValue(
          port.name,
        )} is used by another port of this container, port names are unique within a container, e.g. "${port.name.slice(
          0,
          13,
        )}-2"`,
      });
    }
    seen.add(port.name);
  });
  return issues;
}

/**
 * Mount paths are unique within a container. The builder skips its own log
 * and time zone mounts where the user already mounts that path.
 */
function checkMountPaths(
  container: AnyContainer,
  path: ValuePath,
): ValueIssue[] {
  const issues: ValueIssue[] = [];
  const seen = new Set<string>();
  const normalize = (mountPath: string) => mountPath.replace(/\/+$/, '') || '/';

  (container.volumeMounts ?? []).forEach((mount, index) => {
    const mountPath = normalize(mount.mountPath);
    if (seen.has(mountPath)) {
      issues.push({
        path: [...path, 'volumeMounts', index, 'mountPath'],
        message: `${describeValue(
          mount.mountPath,
        )} is already mounted in this container, each mount path appears once per container, e.g. "${mountPath}-2"`,
      });
    }
    seen.add(mountPath);
  });
  return issues;
}

/**
 * Logstores are unique within a container, and no environment variable of
 * the container takes the name the log agent reads.
 */
function checkLogs(container: AnyContainer, path: ValuePath): ValueIssue[] {
  const issues: ValueIssue[] = [];
  const generatedNames = new Set<string>();

  (container.logs ?? []).forEach((log, index) => {
    const name = `aliyun_logs_${log.logstore}`;
    if (generatedNames.has(name)) {
      issues.push({
        path: [...path, 'logs', index, 'logstore'],
        message: `${describeValue(
          log.logstore,
        )} is collected twice in this container, each logstore appears once per container, e.g. "${
          log.logstore
        }-2"`,
      });
    }
    generatedNames.add(name);
    generatedNames.add(`${name}_tags`);
  });

  (container.env ?? []).forEach((entry, index) => {
    if ('name' in entry && generatedNames.has(entry.name)) {
      issues.push({
        path: [...path, 'env', index, 'name'],
        message: `${describeValue(
          entry.name,
        )} is set by log collection, rename the variable or remove the log entry`,
      });
    }
  });
  return issues;
}

/** Rules within one container. */
export function checkContainers(values: StatefulSetValues): ValueIssue[] {
  const issues: ValueIssue[] = [];

  for (const { container, path } of eachContainer(values)) {
    issues.push(...checkRequestsWithinLimits(container, path));
    issues.push(...checkPortNames(container, path));
    issues.push(...checkMountPaths(container, path));
    issues.push(...checkLogs(container, path));
  }
  values.containers.forEach((container, index) => {
    issues.push(...checkProbesAndHooks(container, ['containers', index]));
  });
  return issues;
}
