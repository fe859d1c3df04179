import { ServiceValues, StatefulSetValues } from '../model';
import { Service, ServicePort } from './kubernetesTypes';
import { objectLabels, selectorLabels } from './labels';
import { accessServiceName, headlessServiceName } from './names';
import { dropUndefined } from './objects';

/** Port name for an unnamed port, e.g. `tcp-8080`; a Service with several ports must name each. */
function fallbackPortName(port: number, protocol: string | undefined): string {
  return `${(protocol ?? 'TCP').toLowerCase()}-${port}`;
}

/**
 * Publishes every container port on the headless Service, once per port
 * number and protocol. The target is the container port's name when it has
 * one, so the Service follows a renumbered port.
 */
function headlessServicePorts(values: StatefulSetValues): ServicePort[] {
  const ports: ServicePort[] = [];
  const seenPorts = new Set<string>();
  const seenNames = new Set<string>();

  for (const container of values.containers) {
    for (const port of container.ports ?? []) {
      const protocol = port.protocol ?? 'TCP';
      const key = `${port.containerPort}/${protocol}`;
      if (seenPorts.has(key)) {
        continue;
      }
      seenPorts.add(key);

      let name = port.name ?? fallbackPortName(port.containerPort, protocol);
      if (seenNames.has(name)) {
        name = fallbackPortName(port.containerPort, protocol);
      }
      seenNames.add(name);

      ports.push({
        name,
        port: port.containerPort,
        targetPort: port.name ?? port.containerPort,
        protocol,
      });
    }
  }
  return ports;
}

/**
 * Builds the headless Service that `spec.serviceName` names. It gives each pod
 * the DNS name `<pod>.<service>.<namespace>.svc`, and it publishes pods that
 * are not ready yet, so members of a cluster can find each other while they
 * start.
 */
export function buildHeadlessService(values: StatefulSetValues): Service {
  const ports = headlessServicePorts(values);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: headlessServiceName(values.name),
      namespace: values.namespace,
      labels: objectLabels(values),
    },
    spec: dropUndefined({
      clusterIP: 'None',
      publishNotReadyAddresses: true,
      selector: selectorLabels(values.name),
      ports: ports.length > 0 ? ports : undefined,
    }),
  };
}

function accessServicePorts(service: ServiceValues): ServicePort[] {
  const needsNames = service.ports.length > 1;
  const allowsNodePort =
    service.type === 'NodePort' || service.type === 'LoadBalancer';

  return service.ports.map(port =>
    dropUndefined({
      name:
        port.name ??
        (needsNames ? fallbackPortName(port.port, port.protocol) : undefined),
      port: port.port,
      targetPort: port.targetPort,
      protocol: port.protocol,
      nodePort: allowsNodePort ? port.nodePort : undefined,
    }),
  );
}

/** Builds the Service that clients and the Ingress use, or undefined when it is disabled. */
export function buildAccessService(
  values: StatefulSetValues,
): Service | undefined {
  const service = values.service;
  if (!service?.enabled) {
    return undefined;
  }
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: accessServiceName(values.name),
      namespace: values.namespace,
      labels: objectLabels(values),
    },
    spec: {
      type: service.type,
      selector: selectorLabels(values.name),
      ports: accessServicePorts(service),
    },
  };
}
