import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type {
  ActionPermission,
  ClusterStatefulSetFound,
} from '@internal/backstage-plugin-statefulset-common';
import { statefulSetApiRef } from '../../api/StatefulSetApi';
import { useUpdateTemplate } from '../../hooks/useUpdateTemplate';
import {
  describeSet,
  describeActionError,
  readScaleConflict,
  ScaleConflict,
} from '../../lib/actionMessages';
import { formatCount } from '../../lib/formatNameList';
import { LARGE_SCALE_UP, parseReplicaInput } from '../../lib/replicaInput';
import { planScale } from '../../lib/scalePlan';
import { ConfirmActions } from '../shared/ConfirmActions';
import { GitOpsWarning } from '../shared/GitOpsWarning';
import { ProposeInGitButton } from './ProposeInGitButton';
import { ScalePlanSummary } from './ScalePlanSummary';

/** Props of {@link ScaleDialog}. */
export interface ScaleDialogProps {
  entityRef: string;
  status: ClusterStatefulSetFound;
  repositoryUrl?: string;
  /** Whether the user may propose a change in Git, for "Propose in Git". */
  editPermission: ActionPermission;
  onClose: () => void;
  /** Called after the backend accepted the new replica count. */
  onScaled: () => void;
  /** Loads the set's status again, e.g. after a conflict. */
  onReload: () => void;
}

/**
 * Asks for the new replica count, shows it beside the current one with the
 * pods and claims it creates, removes or keeps, and scales the set through
 * the backend. When a GitOps tool manages the set, it also offers to propose
 * the count in Git through the update template. Errors stay in the dialog,
 * and every outcome is also posted as an alert that names the set.
 */
export function ScaleDialog(props: ScaleDialogProps) {
  const {
    entityRef,
    status,
    repositoryUrl,
    editPermission,
    onClose,
    onScaled,
    onReload,
  } = props;
  const statefulSetApi = useApi(statefulSetApiRef);
  const alertApi = useApi(alertApiRef);
  const updateTemplate = useUpdateTemplate(entityRef);

  const { statefulSet, cluster } = status;
  const current = statefulSet.desiredReplicas;
  const setLabel = describeSet(statefulSet, cluster);

  const [text, setText] = useState(String(current));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<ScaleConflict>();

  const input = parseReplicaInput(text);
  const plan = input.valid ? planScale(status, input.replicas) : undefined;
  const canSubmit = Boolean(plan) && plan?.to !== current && !submitting;

  const cancel = () => {
    alertApi.post({
      message: `Scaling ${setLabel} cancelled; it keeps ${formatCount(
        current,
        'replica',
      )}.`,
      severity: 'info',
      display: 'transient',
    });
    onClose();
  };

  const reload = () => {
    setConflict(undefined);
    onReload();
  };

  const submit = async () => {
    if (!plan) {
      return;
    }

    setSubmitting(true);
    setError(undefined);
    setConflict(undefined);

    try {
      const response = await statefulSetApi.scale({
        entityRef,
        cluster,
        replicas: plan.to,
        expectedReplicas: current,
      });
      alertApi.post({
        message: `Scaled ${setLabel} from ${
          response.previousReplicas
        } to ${formatCount(response.replicas, 'replica')}.`,
        severity: 'success',
        display: 'transient',
      });
      onScaled();
      onClose();
    } catch (e) {
      const rejected = readScaleConflict(e);
      const message = describeActionError(e, cluster);
      if (rejected) {
        setConflict(rejected);
      } else {
        setError(message);
      }
      alertApi.post({
        message: `Scaling ${setLabel} failed: ${message}`,
        severity: 'error',
      });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog
      open
      onClose={cancel}
      aria-labelledby="scale-dialog-title"
      fullWidth
    >
      <DialogTitle id="scale-dialog-title">
        Scale {statefulSet.namespace}/{statefulSet.name} in cluster {cluster}
      </DialogTitle>
      <DialogContent>
        <Box display="flex" alignItems="flex-start" mb={2}>
          <Box mr={4}>
            <Typography variant="caption">Current replicas</Typography>
            <Typography variant="h5" data-testid="scale-current">
              {current}
            </Typography>
          </Box>
          <TextField
            label="New replicas"
            value={text}
            onChange={event => setText(event.target.value)}
            error={!input.valid}
            helperText={input.valid ? ' ' : input.error}
            inputProps={{ inputMode: 'numeric', 'aria-label': 'New replicas' }}
          />
        </Box>

        {plan && <ScalePlanSummary plan={plan} setName={statefulSet.name} />}

        {plan && plan.createdOrdinals.length > LARGE_SCALE_UP && (
          <Box mt={2}>
            <Alert severity="warning">
              This creates {plan.createdOrdinals.length} pods
              {statefulSet.claimTemplates.length > 0
                ? ` and up to ${plan.newClaims.length} claims`
                : ''}
              . Check that the cluster has room for them and that the storage
              class can provision the volumes.
            </Alert>
          </Box>
        )}

        {status.gitOps && (
          <Box mt={2}>
            <GitOpsWarning
              gitOps={status.gitOps}
              field="spec.replicas"
              repositoryUrl={repositoryUrl}
              canProposeInGit
            />
          </Box>
        )}

        {conflict && (
          <Box mt={2}>
            <Alert
              severity="warning"
              action={
                <Button color="inherit" size="small" onClick={reload}>
                  Reload
                </Button>
              }
            >
              The set changed while this dialog was open: you saw{' '}
              {conflict.expectedReplicas} replicas, it now has{' '}
              {conflict.currentReplicas}. Reload, then choose the count again.
            </Alert>
          </Box>
        )}

        {error && (
          <Box mt={2}>
            <Alert severity="error">{error}</Alert>
          </Box>
        )}

        {updateTemplate.error && (
          <Box mt={2}>
            <Alert severity="error">{updateTemplate.error}</Alert>
          </Box>
        )}
      </DialogContent>
      <ConfirmActions
        confirmLabel="Scale"
        submittingLabel="Scaling…"
        submitting={submitting}
        confirmDisabled={!canSubmit}
        onCancel={cancel}
        onConfirm={submit}
      >
        {status.gitOps && (
          <ProposeInGitButton
            currentReplicas={current}
            newReplicas={plan?.to}
            editPermission={editPermission}
            launcher={updateTemplate}
          />
        )}
      </ConfirmActions>
    </Dialog>
  );
}
