import { ANNOTATION_SOURCE_LOCATION } from '@backstage/catalog-model';
import {
  KUBERNETES_CLUSTER_ANNOTATION,
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
} from '../annotations';
import { StatefulSetValues } from '../model';
import { formatLabelSelector, selectorLabels } from './labels';
import { dropUndefined } from './objects';

/** Lifecycle of the catalog entity when none is given. */
export const DEFAULT_LIFECYCLE = 'production';

/** Component entity of catalog-info.yaml. */
export interface CatalogComponent {
  apiVersion: 'backstage.io/v1alpha1';
  kind: 'Component';
  metadata: {
    name: string;
    description?: string;
    annotations: Record<string, string>;
  };
  spec: {
    type: 'service';
    lifecycle: string;
    owner: string;
    system?: string;
  };
}

/**
 * Builds the catalog entity. Its annotations are the ones Backstage's
 * Kubernetes plugin reads, and the label selector is the StatefulSet's own,
 * so both that plugin and the StatefulSet card find the same objects.
 */
export function buildCatalogComponent(
  values: StatefulSetValues,
  options: { lifecycle?: string; sourceLocation?: string } = {},
): CatalogComponent {
  const annotations: Record<string, string> = {
    [KUBERNETES_ID_ANNOTATION]: values.name,
    [KUBERNETES_NAMESPACE_ANNOTATION]: values.namespace,
    [KUBERNETES_LABEL_SELECTOR_ANNOTATION]: formatLabelSelector(
      selectorLabels(values.name),
    ),
  };
  if (values.cluster) {
    annotations[KUBERNETES_CLUSTER_ANNOTATION] = values.cluster;
  }
  if (options.sourceLocation) {
    annotations[ANNOTATION_SOURCE_LOCATION] = options.sourceLocation;
  }

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: dropUndefined({
      name: values.name,
      description: values.description,
      annotations,
    }),
    spec: dropUndefined({
      type: 'service' as const,
      lifecycle: options.lifecycle ?? DEFAULT_LIFECYCLE,
      owner: values.owner,
      system: values.system,
    }),
  };
}
