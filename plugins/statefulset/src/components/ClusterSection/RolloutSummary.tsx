import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { ClusterStatefulSetFound } from '@internal/backstage-plugin-statefulset-common';
import { getRevisionProgress } from '../../lib/revisionProgress';

/** Formats the update strategy, e.g. `RollingUpdate, partition 2` or `OnDelete`. */
function formatStrategy(status: ClusterStatefulSetFound): string {
  const { updateStrategy } = status.statefulSet;
  if (updateStrategy.type === 'OnDelete') {
    return 'OnDelete';
  }

  const parts = ['RollingUpdate'];
  if (updateStrategy.partition) {
    parts.push(`partition ${updateStrategy.partition}`);
  }
  if (updateStrategy.maxUnavailable !== undefined) {
    parts.push(`maxUnavailable ${updateStrategy.maxUnavailable}`);
  }
  return parts.join(', ');
}

/**
 * Replica counts, update strategy, revisions and rollout progress of the set
 * in one cluster. `children` are more chips, shown after the built-in ones.
 */
export function RolloutSummary(props: {
  status: ClusterStatefulSetFound;
  children?: ReactNode;
}) {
  const { status } = props;
  const { statefulSet, autoscaler, gitOps } = status;
  const progress = getRevisionProgress(status);

  return (
    <Box mb={2}>
      <Typography variant="h6">
        {statefulSet.readyReplicas}/{statefulSet.desiredReplicas} ready
      </Typography>
      {statefulSet.desiredReplicas === 0 && (
        <Typography variant="body2">
          Scaled to zero: no pods run. Claims of earlier pods stay unless the
          retention policy deletes them.
        </Typography>
      )}
      <Typography variant="body2">
        {statefulSet.namespace}/{statefulSet.name} · strategy{' '}
        {formatStrategy(status)} · pod management{' '}
        {statefulSet.podManagementPolicy} · claims on scale-in{' '}
        {statefulSet.persistentVolumeClaimRetentionPolicy.whenScaled}
      </Typography>
      <Typography variant="body2">
        Revision {statefulSet.currentRevision ?? '-'}
        {progress.inProgress
          ? ` → ${statefulSet.updateRevision}: ${progress.summary}`
          : `: ${progress.summary}`}
      </Typography>
      <Box mt={1} display="flex" flexWrap="wrap" style={{ gap: 4 }}>
        {progress.inProgress && (
          <Chip size="small" color="primary" label="Rollout in progress" />
        )}
        {autoscaler && (
          <Chip
            size="small"
            label={`HorizontalPodAutoscaler ${autoscaler.name}: ${
              autoscaler.minReplicas ?? 1
            }–${autoscaler.maxReplicas} replicas`}
          />
        )}
        {gitOps && (
          <Chip
            size="small"
            label={`Managed by ${
              gitOps.tool === 'argocd' ? 'Argo CD' : 'Flux'
            }`}
          />
        )}
        {props.children}
      </Box>
    </Box>
  );
}
