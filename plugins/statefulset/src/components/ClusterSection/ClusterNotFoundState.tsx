import { EmptyState } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import type { ClusterStatefulSetNotFound } from '@internal/backstage-plugin-statefulset-common';

/**
 * Tells that the cluster contains no StatefulSet with the entity's name, and
 * offers View YAML to see what Git would create.
 */
export function ClusterNotFoundState(props: {
  status: ClusterStatefulSetNotFound;
  onViewYaml: () => void;
}) {
  const { status, onViewYaml } = props;

  return (
    <EmptyState
      missing="data"
      title={`StatefulSet ${status.name} not found in namespace ${status.namespace} of cluster ${status.cluster}`}
      description={status.message}
      action={
        <Button variant="outlined" color="primary" onClick={onViewYaml}>
          View YAML
        </Button>
      }
    />
  );
}
