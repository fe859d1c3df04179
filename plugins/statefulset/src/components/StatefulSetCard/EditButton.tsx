import EditIcon from '@material-ui/icons/Edit';
import type { ActionPermission } from '@internal/backstage-plugin-statefulset-common';
import { useUpdateTemplate } from '../../hooks/useUpdateTemplate';
import { ActionButton } from '../shared/ActionButton';

/**
 * Opens the update template prefilled with the values in the entity's
 * repository, so that a change becomes a branch or pull request in Git.
 */
export function EditButton(props: {
  entityRef: string;
  permission: ActionPermission;
}) {
  const { entityRef, permission } = props;
  const updateTemplate = useUpdateTemplate(entityRef);

  let disabledReason: string | undefined;
  if (!permission.allowed) {
    disabledReason = permission.reason ?? 'You may not edit this entity.';
  } else if (updateTemplate.unavailableReason) {
    disabledReason = updateTemplate.unavailableReason;
  } else if (updateTemplate.opening) {
    disabledReason = 'Reading values.yaml of the repository…';
  }

  return (
    <ActionButton
      label="Edit"
      icon={<EditIcon />}
      disabledReason={disabledReason}
      onClick={() => updateTemplate.open()}
    />
  );
}
