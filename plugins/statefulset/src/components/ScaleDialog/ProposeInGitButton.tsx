import type { ActionPermission } from '@internal/backstage-plugin-statefulset-common';
import type { UpdateTemplateLauncher } from '../../hooks/useUpdateTemplate';
import { ActionButton } from '../shared/ActionButton';

/** Returns why the new count cannot be proposed in Git, or undefined when it can. */
function getDisabledReason(props: ProposeInGitButtonProps): string | undefined {
  const { currentReplicas, newReplicas, editPermission, launcher } = props;

  if (!editPermission.allowed) {
    return editPermission.reason;
  }
  if (launcher.unavailableReason) {
    return launcher.unavailableReason;
  }
  if (newReplicas === undefined || newReplicas === currentReplicas) {
    return 'Enter a replica count other than the current one first.';
  }
  if (launcher.opening) {
    return 'Reading values.yaml of the repository…';
  }
  return undefined;
}

/** Props of {@link ProposeInGitButton}. */
export interface ProposeInGitButtonProps {
  currentReplicas: number;
  /** The valid count that the user entered, if any. */
  newReplicas?: number;
  editPermission: ActionPermission;
  launcher: UpdateTemplateLauncher;
}

/**
 * Opens the update template with the new replica count, so that the change
 * goes through Git and a GitOps sync keeps it rather than reverting it.
 */
export function ProposeInGitButton(props: ProposeInGitButtonProps) {
  const { newReplicas, launcher } = props;

  return (
    <ActionButton
      label="Propose in Git"
      disabledReason={getDisabledReason(props)}
      onClick={() => launcher.open({ replicas: newReplicas })}
    />
  );
}
