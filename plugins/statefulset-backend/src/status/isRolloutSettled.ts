import { ClusterStatefulSetStatus } from '@internal/backstage-plugin-statefulset-common';

/**
 * Tells whether a found set has finished reacting to its last change: the
 * controller has observed the latest generation, every desired pod exists,
 * is ready and is not terminating, and the pods that the update strategy
 * replaces run the update revision. A missing set or a failed read is not
 * settled, because it may change soon (a set being created, a cluster
 * coming back).
 */
export function isRolloutSettled(status: ClusterStatefulSetStatus): boolean {
  if (status.state !== 'found') {
    return false;
  }

  const { statefulSet, pods } = status;
  const desired = statefulSet.desiredReplicas;

  const generationObserved =
    statefulSet.generation === undefined ||
    statefulSet.observedGeneration === undefined ||
    statefulSet.observedGeneration >= statefulSet.generation;
  const allReady =
    pods.length === desired &&
    statefulSet.readyReplicas === desired &&
    pods.every(pod => pod.ready && !pod.terminating);

  return generationObserved && allReady && isRolledOut(status);
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
