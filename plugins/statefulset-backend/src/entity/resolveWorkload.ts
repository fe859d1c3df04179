import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  KUBERNETES_CLUSTER_ANNOTATION,
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
} from '@internal/backstage-plugin-statefulset-common';

/** The StatefulSet an entity points at, read from its annotations only. */
export interface Workload {
  entityRef: string;
  namespace: string;
  name: string;
  /** Cluster names from the cluster annotation, or every configured cluster without it. */
  clusters: string[];
}

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Reads the StatefulSet's name, namespace and clusters from the entity's
 * annotations. The request never chooses them, so a caller can only reach
 * the workload of an entity it may read.
 */
export function resolveWorkload(
  entity: Entity,
  configuredClusters: string[],
): Workload {
  const entityRef = stringifyEntityRef(entity);
  const annotations = entity.metadata.annotations ?? {};

  const name = annotations[KUBERNETES_ID_ANNOTATION]?.trim();
  if (!name) {
    throw new InputError(
      `Entity ${entityRef} has no ${KUBERNETES_ID_ANNOTATION} annotation; add it with the StatefulSet's name, e.g. "${KUBERNETES_ID_ANNOTATION}: nginx"`,
    );
  }
  if (name.length > 253 || !DNS_1123_SUBDOMAIN.test(name)) {
    throw new InputError(
      `Entity ${entityRef} has an invalid ${KUBERNETES_ID_ANNOTATION} annotation "${name}"; a StatefulSet name is lowercase letters, digits, '-' and '.', e.g. "nginx"`,
    );
  }

  const namespace =
    annotations[KUBERNETES_NAMESPACE_ANNOTATION]?.trim() || 'default';
  if (namespace.length > 63 || !DNS_1123_LABEL.test(namespace)) {
    throw new InputError(
      `Entity ${entityRef} has an invalid ${KUBERNETES_NAMESPACE_ANNOTATION} annotation "${namespace}"; a namespace is at most 63 lowercase letters, digits and '-', e.g. "shop"`,
    );
  }

  const clusterAnnotation = annotations[KUBERNETES_CLUSTER_ANNOTATION];
  const clusters =
    clusterAnnotation === undefined
      ? configuredClusters
      : [
          ...new Set(
            clusterAnnotation
              .split(',')
              .map(cluster => cluster.trim())
              .filter(cluster => cluster.length > 0),
          ),
        ];
  if (clusterAnnotation !== undefined && clusters.length === 0) {
    throw new InputError(
      `Entity ${entityRef} has an empty ${KUBERNETES_CLUSTER_ANNOTATION} annotation; list cluster names separated by commas, e.g. "${
        configuredClusters[0] ?? 'production'
      }", or remove it to use every configured cluster`,
    );
  }

  return { entityRef, namespace, name, clusters };
}
