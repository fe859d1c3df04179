import { StatefulSetValues } from '../../model';
import { describeValue } from '../rules/describe';
import { validatePortName } from '../rules/ports';
import { ValueIssue } from './types';

function containerPortNames(values: StatefulSetValues): Set<string> {
  return new Set(
    values.containers.flatMap(container =>
      (container.ports ?? []).flatMap(port => (port.name ? [port.name] : [])),
    ),
  );
}

/** Filters the container port names to valid ones, because an invalid name gets an error of its own. */
function validPortNames(names: Set<string>): string[] {
  return [...names].filter(name => validatePortName(name) === undefined);
}

/** Service ports: names, uniqueness, node ports and target ports. */
export function checkService(values: StatefulSetValues): ValueIssue[] {
  const service = values.service;
  if (!service?.enabled) {
    return [];
  }

  const issues: ValueIssue[] = [];
  if (service.ports.length === 0) {
    issues.push({
      path: ['service', 'ports'],
      message:
        'is empty, an enabled Service needs at least one port, e.g. [{ name: "http", port: 80, targetPort: "http" }]',
    });
  }

  const names = new Set<string>();
  const portsAndProtocols = new Set<string>();
  const nodePorts = new Set<number>();
  const targetNames = containerPortNames(values);

  service.ports.forEach((port, index) => {
    const path = ['service', 'ports', index];

    if (service.ports.length > 1 && !port.name) {
      issues.push({
        path: [...path, 'name'],
        message: `is missing, every port of a Service with more than one port needs a name, e.g. "port-${port.port}"`,
      });
    }
    if (port.name) {
      if (names.has(port.name)) {
        issues.push({
          path: [...path, 'name'],
          message: `${describeValue(
            port.name,
          )} is the name of another Service port, Service port names are unique, e.g. "${
            port.name
          }-2"`,
        });
      }
      names.add(port.name);
    }

    const protocol = port.protocol ?? 'TCP';
    const portAndProtocol = `${port.port}/${protocol}`;
    if (portsAndProtocols.has(portAndProtocol)) {
      issues.push({
        path: [...path, 'port'],
        message: `${port.port} with protocol ${protocol} appears twice, each port and protocol pair appears once per Service`,
      });
    }
    portsAndProtocols.add(portAndProtocol);

    if (port.nodePort !== undefined) {
      if (service.type === 'ClusterIP') {
        issues.push({
          path: [...path, 'nodePort'],
          message: `${port.nodePort} is set on a ClusterIP Service, a nodePort needs type NodePort or LoadBalancer: remove it or change service.type`,
        });
      } else if (nodePorts.has(port.nodePort)) {
        issues.push({
          path: [...path, 'nodePort'],
          message: `${
            port.nodePort
          } is used by another port of this Service, node ports are unique, e.g. ${
            port.nodePort === 32767 ? 32766 : port.nodePort + 1
          }`,
        });
      }
      nodePorts.add(port.nodePort);
    }

    if (
      typeof port.targetPort === 'string' &&
      !targetNames.has(port.targetPort)
    ) {
      const known = validPortNames(targetNames);
      const fix =
        known.length > 0
          ? `use one of ${known
              .map(name => `"${name}"`)
              .join(', ')} or a port number`
          : 'name a container port or use a port number, e.g. 8080';
      issues.push({
        path: [...path, 'targetPort'],
        message: `${describeValue(
          port.targetPort,
        )} is not the name of a container port, ${fix}`,
      });
    }
  });
  return issues;
}

/** Ingress: needs the access Service, rules, and existing Service ports. */
export function checkIngress(values: StatefulSetValues): ValueIssue[] {
  const ingress = values.ingress;
  if (!ingress?.enabled) {
    return [];
  }

  const issues: ValueIssue[] = [];
  const service = values.service;
  if (!service?.enabled) {
    issues.push({
      path: ['ingress', 'enabled'],
      message:
        'is true but the Service is not enabled, the Ingress sends traffic to the access Service: set service.enabled to true and add its ports',
    });
  }
  if (ingress.rules.length === 0) {
    issues.push({
      path: ['ingress', 'rules'],
      message:
        'is empty, an enabled Ingress needs at least one rule, e.g. [{ host: "shop.example.com", paths: [{ path: "/", pathType: Prefix, servicePort: 80 }] }]',
    });
  }

  const servicePorts = service?.enabled ? service.ports : [];
  const described = servicePorts
    .map(port =>
      port.name ? `${port.port} ("${port.name}")` : String(port.port),
    )
    .join(', ');

  ingress.rules.forEach((rule, ruleIndex) => {
    rule.paths.forEach((ingressPath, pathIndex) => {
      const target = ingressPath.servicePort;
      const exists = servicePorts.some(port =>
        typeof target === 'number'
          ? port.port === target
          : port.name === target,
      );
      if (!exists && servicePorts.length > 0) {
        issues.push({
          path: [
            'ingress',
            'rules',
            ruleIndex,
            'paths',
            pathIndex,
            'servicePort',
          ],
          message: `${describeValue(
            target,
          )} is not a port of the Service, use one of the Service's ports: ${described}`,
        });
      }
    });
  });
  return issues;
}
