import { StatefulSetValues } from '../model';
import { Ingress, ServiceBackendPort } from './kubernetesTypes';
import { objectLabels } from './labels';
import { accessServiceName } from './names';
import { dropUndefined } from './objects';

function backendPort(port: number | string): ServiceBackendPort {
  return typeof port === 'number' ? { number: port } : { name: port };
}

/**
 * Builds the Ingress, or undefined when it is disabled. Every path keeps its
 * `pathType`, which networking.k8s.io/v1 requires, and every backend is the
 * access Service.
 */
export function buildIngress(values: StatefulSetValues): Ingress | undefined {
  const ingress = values.ingress;
  if (!ingress?.enabled) {
    return undefined;
  }
  const serviceName = accessServiceName(values.name);

  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: values.name,
      namespace: values.namespace,
      labels: objectLabels(values),
    },
    spec: dropUndefined({
      ingressClassName: ingress.className,
      tls:
        ingress.tls && ingress.tls.length > 0
          ? ingress.tls.map(tls => ({
              hosts: [...tls.hosts],
              secretName: tls.secretName,
            }))
          : undefined,
      rules: ingress.rules.map(rule =>
        dropUndefined({
          host: rule.host,
          http: {
            paths: rule.paths.map(path => ({
              path: path.path,
              pathType: path.pathType,
              backend: {
                service: {
                  name: serviceName,
                  port: backendPort(path.servicePort),
                },
              },
            })),
          },
        }),
      ),
    }),
  };
}
