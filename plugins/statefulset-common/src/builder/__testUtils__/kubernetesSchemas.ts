import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { Service } from 'kubernetes-models/v1/Service';
import { KubernetesObject } from '../kubernetesTypes';

/**
 * Validates an object against the Kubernetes OpenAPI schema of its kind and
 * throws the schema errors. The schemas check types, required fields and
 * enums; they do not reject unknown fields.
 */
export function validateAgainstSchema(object: KubernetesObject): void {
  switch (object.kind) {
    case 'StatefulSet':
      new StatefulSet(object).validate();
      return;
    case 'Service':
      new Service(object).validate();
      return;
    case 'Ingress':
      new Ingress(object).validate();
      return;
    case 'HorizontalPodAutoscaler':
      new HorizontalPodAutoscaler(object).validate();
      return;
    default:
      throw new Error(`No schema for ${JSON.stringify(object)}`);
  }
}
