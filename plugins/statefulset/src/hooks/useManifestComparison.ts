import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import type { ManifestComparisonResponse } from '@internal/backstage-plugin-statefulset-common';
import { statefulSetApiRef } from '../api/StatefulSetApi';

/** State of {@link useManifestComparison}. */
export interface ManifestComparisonState {
  /** Last comparison read, kept while a reload runs. */
  value?: ManifestComparisonResponse;
  error?: Error;
  loading: boolean;
  /** Reads the comparison again. */
  reload: () => void;
}

/**
 * Compares the live set in one cluster with its manifest in Git. It loads
 * once and again when `reloadKey` changes or `reload` is called, but not on
 * every status poll, because each comparison reads the repository.
 */
export function useManifestComparison(options: {
  entityRef: string;
  cluster: string;
  /** False skips the request, e.g. while the cluster cannot be read. */
  enabled: boolean;
  reloadKey: number;
}): ManifestComparisonState {
  const { entityRef, cluster, enabled, reloadKey } = options;
  const statefulSetApi = useApi(statefulSetApiRef);

  const { value, error, loading, retry } = useAsyncRetry(async () => {
    if (!enabled) {
      return undefined;
    }
    return statefulSetApi.getManifestComparison({ entityRef, cluster });
  }, [statefulSetApi, entityRef, cluster, enabled, reloadKey]);

  return { value, error, loading, reload: retry };
}
