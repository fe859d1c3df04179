import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import type { ClusterStatefulSetFound } from '@internal/backstage-plugin-statefulset-common';
import { statefulSetApiRef } from '../../api/StatefulSetApi';
import { describeActionError, describeSet } from '../../lib/actionMessages';
import { ConfirmActions } from '../shared/ConfirmActions';
import { GitOpsWarning } from '../shared/GitOpsWarning';

/** Props of {@link RedeployDialog}. */
export interface RedeployDialogProps {
  entityRef: string;
  status: ClusterStatefulSetFound;
  repositoryUrl?: string;
  onClose: () => void;
  /** Called after the backend accepted the restart. */
  onRedeployed: () => void;
}

/** Tells which pods a restart replaces under the set's update strategy. */
function describeRestart(status: ClusterStatefulSetFound): string {
  const { statefulSet } = status;
  const { updateStrategy, desiredReplicas } = statefulSet;

  if (updateStrategy.type === 'OnDelete') {
    return 'The update strategy is OnDelete, so the controller restarts no pod by itself: each pod restarts with the new template only when you delete it.';
  }

  const partition = updateStrategy.partition ?? 0;
  let scope = `All ${desiredReplicas} pods restart.`;
  if (partition > 0) {
    scope = `Only ordinals ${partition} and above restart, because of partition ${partition}.`;
  } else if (desiredReplicas === 0) {
    return 'The set has 0 replicas, so no pod restarts now; pods created later start from the changed template.';
  } else if (desiredReplicas === 1) {
    scope = 'The pod restarts.';
  }

  const pace =
    updateStrategy.maxUnavailable !== undefined
      ? `up to ${updateStrategy.maxUnavailable} at a time`
      : 'one at a time';
  return `${scope} The controller replaces pods ${pace} from the highest ordinal down, waiting for each replacement to be ready.`;
}

/**
 * Asks to confirm a restart of the set's pods, then redeploys through the
 * backend, which sets `kubectl.kubernetes.io/restartedAt` on the pod template
 * as `kubectl rollout restart` does.
 */
export function RedeployDialog(props: RedeployDialogProps) {
  const { entityRef, status, repositoryUrl, onClose, onRedeployed } = props;
  const statefulSetApi = useApi(statefulSetApiRef);
  const alertApi = useApi(alertApiRef);

  const { statefulSet, cluster } = status;
  const setLabel = describeSet(statefulSet, cluster);

  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  const cancel = () => {
    alertApi.post({
      message: `Redeploy of ${setLabel} cancelled; no pod restarts.`,
      severity: 'info',
      display: 'transient',
    });
    onClose();
  };

  const confirm = async () => {
    setSubmitting(true);
    setError(undefined);

    try {
      await statefulSetApi.redeploy({ entityRef, cluster });
      alertApi.post({
        message: `Redeploy of ${setLabel} started; its pods restart in turn.`,
        severity: 'success',
        display: 'transient',
      });
      onRedeployed();
      onClose();
    } catch (e) {
      const message = describeActionError(e, cluster);
      setError(message);
      alertApi.post({
        message: `Redeploy of ${setLabel} failed: ${message}`,
        severity: 'error',
      });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog open onClose={cancel} aria-labelledby="redeploy-dialog-title">
      <DialogTitle id="redeploy-dialog-title">
        Redeploy {statefulSet.namespace}/{statefulSet.name} in cluster {cluster}
        ?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{describeRestart(status)}</DialogContentText>

        {status.gitOps && (
          <GitOpsWarning
            gitOps={status.gitOps}
            field="the pod template's restartedAt annotation"
            repositoryUrl={repositoryUrl}
          />
        )}

        {error && (
          <Box mt={2}>
            <Alert severity="error">{error}</Alert>
          </Box>
        )}
      </DialogContent>
      <ConfirmActions
        confirmLabel="Redeploy"
        submittingLabel="Redeploying…"
        submitting={submitting}
        confirmDisabled={submitting}
        onCancel={cancel}
        onConfirm={confirm}
      />
    </Dialog>
  );
}
