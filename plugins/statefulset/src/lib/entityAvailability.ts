import type { Entity } from '@backstage/catalog-model';
import {
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
} from '@internal/backstage-plugin-statefulset-common';

/**
 * Tells whether the entity links to a workload through
 * `backstage.io/kubernetes-id` or `backstage.io/kubernetes-label-selector`,
 * so the StatefulSet card has something to show.
 *
 * @public
 */
export function isStatefulSetAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};

  return Boolean(
    annotations[KUBERNETES_ID_ANNOTATION] ||
      annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION],
  );
}
