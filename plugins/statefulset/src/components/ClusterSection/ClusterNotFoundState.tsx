import { EmptyState } from '@backstage/core-components';
import type { ClusterStatefulSetNotFound } from '@internal/backstage-plugin-statefulset-common';

/** Tells that the cluster contains no StatefulSet with the entity's name. */
export function ClusterNotFoundState(props: {
  status: ClusterStatefulSetNotFound;
}) {
  const { status } = props;

  return (
    <EmptyState
      missing="data"
      title={`StatefulSet ${status.name} not found in namespace ${status.namespace} of cluster ${status.cluster}`}
      description={status.message}
    />
  );
}
