import { useCallback } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { StatefulSetStatusResponse } from '@internal/backstage-plugin-statefulset-common';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { isStatusSettled } from '../lib/isSettled';
import { PollingState, usePolling } from './usePolling';

/** Polls the status of the entity's StatefulSet in every cluster. */
export function useStatefulSetStatus(
  entityRef: string,
): PollingState<StatefulSetStatusResponse> {
  const statefulSetApi = useApi(statefulSetApiRef);

  const load = useCallback(
    () => statefulSetApi.getStatus(entityRef),
    [statefulSetApi, entityRef],
  );

  return usePolling({ load, isSettled: isStatusSettled });
}
