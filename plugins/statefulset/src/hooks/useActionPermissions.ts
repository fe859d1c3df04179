import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import type { ActionPermission } from '@internal/backstage-plugin-statefulset-common';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { getErrorMessage } from '../lib/actionMessages';

/** Card actions that the signed-in user may take on the entity's set. */
export interface ActionPermissions {
  scale: ActionPermission;
  redeploy: ActionPermission;
}

/**
 * Asks the backend which of `statefulset.scale` and `statefulset.redeploy`
 * the signed-in user holds on the entity. The backend checks them again on
 * every action, so this only decides which buttons are enabled. While the
 * request is pending or failed, both actions stay disabled with the reason.
 */
export function useActionPermissions(entityRef: string): ActionPermissions {
  const statefulSetApi = useApi(statefulSetApiRef);

  const { value, loading, error } = useAsync(
    () => statefulSetApi.getPermissions(entityRef),
    [statefulSetApi, entityRef],
  );

  if (loading) {
    const pending = { allowed: false, reason: 'Checking your permissions…' };
    return { scale: pending, redeploy: pending };
  }

  if (error || !value) {
    const failed = {
      allowed: false,
      reason: `Checking your permissions failed: ${getErrorMessage(
        error,
      )}. Refresh the page to try again.`,
    };
    return { scale: failed, redeploy: failed };
  }

  return { scale: value.scale, redeploy: value.redeploy };
}
