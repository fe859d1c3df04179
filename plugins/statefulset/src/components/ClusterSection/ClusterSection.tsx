import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ClusterStatefulSetStatus } from '@internal/backstage-plugin-statefulset-common';
import type { ActionPermissions } from '../../hooks/useActionPermissions';
import { ClusterErrorState } from './ClusterErrorState';
import { ClusterNotFoundState } from './ClusterNotFoundState';
import { FoundStatefulSet } from './FoundStatefulSet';

/** Props of {@link ClusterSection}. */
export interface ClusterSectionProps {
  entityRef: string;
  status: ClusterStatefulSetStatus;
  /** Shows the cluster name as a heading, for entities in several clusters. */
  showClusterName: boolean;
  permissions: ActionPermissions;
  repositoryUrl?: string;
  now: Date;
  onChanged: () => void;
  onReload: () => void;
}

/** Renders the set in one cluster: found, not found, or why it could not be read. */
export function ClusterSection(props: ClusterSectionProps) {
  const { status, showClusterName } = props;

  return (
    <Box component="section" mb={3} aria-label={`Cluster ${status.cluster}`}>
      {showClusterName && (
        <Typography variant="h6" gutterBottom>
          Cluster {status.cluster}
        </Typography>
      )}
      {status.state === 'found' && (
        <FoundStatefulSet
          entityRef={props.entityRef}
          status={status}
          permissions={props.permissions}
          repositoryUrl={props.repositoryUrl}
          now={props.now}
          onChanged={props.onChanged}
          onReload={props.onReload}
        />
      )}
      {status.state === 'notFound' && <ClusterNotFoundState status={status} />}
      {status.state === 'failed' && <ClusterErrorState status={status} />}
    </Box>
  );
}
