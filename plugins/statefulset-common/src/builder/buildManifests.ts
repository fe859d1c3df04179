import { StatefulSetValues } from '../model';
import { buildHorizontalPodAutoscaler } from './horizontalPodAutoscaler';
import { buildIngress } from './ingress';
import {
  HorizontalPodAutoscaler,
  Ingress,
  KubernetesObject,
  Service,
  StatefulSet,
} from './kubernetesTypes';
import { buildAccessService, buildHeadlessService } from './services';
import { buildStatefulSet } from './statefulSet';

/** The objects of one set, each present only when the values ask for it. */
export interface StatefulSetManifests {
  statefulSet: StatefulSet;
  headlessService: Service;
  service?: Service;
  ingress?: Ingress;
  horizontalPodAutoscaler?: HorizontalPodAutoscaler;
}

/** Builds each object of the set from parsed values. */
export function buildManifestSet(
  values: StatefulSetValues,
): StatefulSetManifests {
  return {
    statefulSet: buildStatefulSet(values),
    headlessService: buildHeadlessService(values),
    service: buildAccessService(values),
    ingress: buildIngress(values),
    horizontalPodAutoscaler: buildHorizontalPodAutoscaler(values),
  };
}

/**
 * Builds the Kubernetes objects of a StatefulSet from parsed values: the
 * StatefulSet, its headless Service, then the access Service, Ingress and
 * HorizontalPodAutoscaler when enabled. Validate the values first with
 * `validateStatefulSetValues`; the builder trusts them.
 */
export function buildManifests(values: StatefulSetValues): KubernetesObject[] {
  const manifests = buildManifestSet(values);
  return [
    manifests.statefulSet,
    manifests.headlessService,
    manifests.service,
    manifests.ingress,
    manifests.horizontalPodAutoscaler,
  ].filter((object): object is KubernetesObject => object !== undefined);
}
