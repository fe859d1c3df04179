import { useState } from 'react';
import Box from '@material-ui/core/Box';
import CodeIcon from '@material-ui/icons/Code';
import ReplayIcon from '@material-ui/icons/Replay';
import UnfoldMoreIcon from '@material-ui/icons/UnfoldMore';
import type { ClusterStatefulSetFound } from '@internal/backstage-plugin-statefulset-common';
import type { ActionPermissions } from '../../hooks/useActionPermissions';
import { ActionButton } from '../shared/ActionButton';
import { RedeployDialog } from '../RedeployDialog/RedeployDialog';
import { ScaleDialog } from '../ScaleDialog/ScaleDialog';

/** Props of {@link ClusterActions}. */
export interface ClusterActionsProps {
  entityRef: string;
  status: ClusterStatefulSetFound;
  permissions: ActionPermissions;
  repositoryUrl?: string;
  /** Opens the View YAML dialog of the set. */
  onViewYaml: () => void;
  /** Called after a scale or redeploy was accepted, to watch it settle. */
  onChanged: () => void;
  onReload: () => void;
}

/** Returns why Scale is unavailable for this set, or undefined when it is available. */
function getScaleDisabledReason(
  status: ClusterStatefulSetFound,
  permissions: ActionPermissions,
): string | undefined {
  if (!permissions.scale.allowed) {
    return permissions.scale.reason;
  }

  if (status.autoscaler) {
    return `HorizontalPodAutoscaler ${status.autoscaler.name} sets the replica count; change its minReplicas or maxReplicas instead.`;
  }

  return undefined;
}

/**
 * Scale, Redeploy and View YAML buttons of the set in one cluster, with the
 * dialogs of the first two.
 */
export function ClusterActions(props: ClusterActionsProps) {
  const {
    entityRef,
    status,
    permissions,
    repositoryUrl,
    onViewYaml,
    onChanged,
    onReload,
  } = props;
  const [openDialog, setOpenDialog] = useState<'scale' | 'redeploy'>();
  const close = () => setOpenDialog(undefined);

  return (
    <Box display="flex" mb={2} style={{ gap: 8 }}>
      <ActionButton
        label="Scale"
        icon={<UnfoldMoreIcon />}
        disabledReason={getScaleDisabledReason(status, permissions)}
        onClick={() => setOpenDialog('scale')}
      />
      <ActionButton
        label="Redeploy"
        icon={<ReplayIcon />}
        disabledReason={
          permissions.redeploy.allowed ? undefined : permissions.redeploy.reason
        }
        onClick={() => setOpenDialog('redeploy')}
      />
      <ActionButton
        label="View YAML"
        icon={<CodeIcon />}
        onClick={onViewYaml}
      />

      {openDialog === 'scale' && (
        <ScaleDialog
          entityRef={entityRef}
          status={status}
          repositoryUrl={repositoryUrl}
          editPermission={permissions.edit}
          onClose={close}
          onScaled={onChanged}
          onReload={onReload}
        />
      )}
      {openDialog === 'redeploy' && (
        <RedeployDialog
          entityRef={entityRef}
          status={status}
          repositoryUrl={repositoryUrl}
          onClose={close}
          onRedeployed={onChanged}
        />
      )}
    </Box>
  );
}
