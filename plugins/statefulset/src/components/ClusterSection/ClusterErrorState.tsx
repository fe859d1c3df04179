import { WarningPanel } from '@backstage/core-components';
import type { ClusterStatefulSetFailed } from '@internal/backstage-plugin-statefulset-common';
import { describeKubernetesError } from '../../lib/describeKubernetesError';

/** Says why the set could not be read from one cluster and what to do. */
export function ClusterErrorState(props: { status: ClusterStatefulSetFailed }) {
  const { status } = props;
  const { title, message } = describeKubernetesError(
    status.cluster,
    status.error,
  );

  return (
    <WarningPanel
      severity="error"
      title={title}
      message={message}
      defaultExpanded
    />
  );
}
