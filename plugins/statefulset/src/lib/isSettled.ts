import type {
  ClusterStatefulSetStatus,
  StatefulSetStatusResponse,
} from '@internal/backstage-plugin-statefulset-common';

/**
 * Tells whether the set in one cluster has finished reacting to its last
 * change: the controller has observed the latest generation, every desired
 * pod exists and is ready, no pod is terminating, and the pods the update
 * strategy moves are on the update revision. A missing set or a failed read
 * counts as settled, because polling faster would not change it.
 */
export function isClusterSettled(status: ClusterStatefulSetStatus): boolean {
  if (status.state !== 'found') {
    return true;
  }

  const { statefulSet, pods } = status;
  const desired = statefulSet.desiredReplicas;

  const generationObserved =
    statefulSet.generation === undefined ||
    statefulSet.observedGeneration === undefined ||
    statefulSet.observedGeneration >= statefulSet.generation;
  const noneTerminating = pods.every(pod => !pod.terminating);
  const allReady =
    pods.length === desired && statefulSet.readyReplicas === desired;

  return (
    generationObserved && noneTerminating && allReady && isRolledOut(status)
  );
}

/** Tells whether every cluster's set is settled, see {@link isClusterSettled}. */
export function isStatusSettled(response: StatefulSetStatusResponse): boolean {
  return response.clusters.every(isClusterSettled);
}

function isRolledOut(
  status: Extract<ClusterStatefulSetStatus, { state: 'found' }>,
): boolean {
  const { statefulSet, pods } = status;

  // OnDelete replaces no pod by itself, so there is no rollout to wait for.
  if (statefulSet.updateStrategy.type === 'OnDelete') {
    return true;
  }

  if (!statefulSet.updateRevision) {
    return true;
  }

  const partition = statefulSet.updateStrategy.partition ?? 0;
  return pods
    .filter(pod => pod.ordinal >= partition)
    .every(pod => pod.revision === statefulSet.updateRevision);
}
