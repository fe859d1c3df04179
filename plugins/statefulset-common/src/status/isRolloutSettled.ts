import type { ClusterStatefulSetFound } from './types';

/**
 * Tells whether a found set has finished reacting to its last change. The
 * controller must have observed the latest generation, and every desired pod
 * must exist, be ready and not be terminating. The pods that the update
 * strategy replaces must run the update revision. Callers decide what a
 * missing set or a failed read counts as.
 *
 * @public
 */
export function isRolloutSettled(status: ClusterStatefulSetFound): boolean {
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

function isRolledOut(status: ClusterStatefulSetFound): boolean {
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
