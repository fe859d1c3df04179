import {
  isRolloutSettled,
  type ClusterStatefulSetStatus,
  type StatefulSetStatusResponse,
} from '@internal/backstage-plugin-statefulset-common';

/**
 * Tells whether the set in one cluster has finished reacting to its last
 * change, see `isRolloutSettled`. A missing set or a failed read counts as
 * settled, because polling faster would not change it.
 */
export function isClusterSettled(status: ClusterStatefulSetStatus): boolean {
  return status.state !== 'found' || isRolloutSettled(status);
}

/** Tells whether every cluster's set is settled, see {@link isClusterSettled}. */
export function isStatusSettled(response: StatefulSetStatusResponse): boolean {
  return response.clusters.every(isClusterSettled);
}
