import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import type { ActionPermission } from '@internal/backstage-plugin-statefulset-common';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { getErrorMessage } from '../lib/actionMessages';

/** Card actions that the signed-in user may take on the entity's set. */
export interface ActionPermissions {
  scale: ActionPermission;
  redeploy: ActionPermission;
  /** Proposing a change in Git through the update template. */
  edit: ActionPermission;
}

/**
 * Asks the backend which of `statefulset.scale`, `statefulset.redeploy` and
 * `statefulset.edit` the signed-in user has on the entity. The backend and
 * the scaffolder action check them again on every action, so this only
 * decides which buttons are enabled. While the request is pending or failed,
 * all actions stay disabled with the reason.
 */
export function useActionPermissions(entityRef: string): ActionPermissions {
  const statefulSetApi = useApi(statefulSetApiRef);

  const { value, loading, error } = useAsync(
    () => statefulSetApi.getPermissions(entityRef),
    [statefulSetApi, entityRef],
  );

  if (loading) {
    const pending = { allowed: false, reason: 'Checking your permissions…' };
    return { scale: pending, redeploy: pending, edit: pending };
  }

  if (error || !value) {
    const failed = {
      allowed: false,
      reason: `Checking your permissions failed: ${getErrorMessage(
        error,
      )}. Refresh the page to try again.`,
    };
    return { scale: failed, redeploy: failed, edit: failed };
  }

  // A backend older than the edit permission omits `edit`.
  const edit = value.edit ?? {
    allowed: false,
    reason:
      'The statefulset backend does not report the edit permission; update it to a version with GET /values.',
  };
  return { scale: value.scale, redeploy: value.redeploy, edit };
}
