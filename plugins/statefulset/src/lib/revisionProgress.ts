import type { ClusterStatefulSetFound } from '@internal/backstage-plugin-statefulset-common';

/** How far the set's pods are on their way to the update revision. */
export interface RevisionProgress {
  /** Pods that run the update revision. */
  updated: number;
  /** Pods that the update strategy will move to the update revision. */
  target: number;
  /** True when current and update revision differ. */
  inProgress: boolean;
  /**
   * Text for the card, e.g. `2 of 3 pods updated` or, for `OnDelete`,
   * `1 of 3 pods updated; the others update when deleted`.
   */
  summary: string;
}

/**
 * Summarises the rollout of the set's update revision. With `OnDelete` the
 * controller replaces no pod itself, so the summary counts updated pods
 * instead of waiting for a rollout. With a `RollingUpdate` partition only
 * ordinals at or above the partition are expected to update.
 */
export function getRevisionProgress(
  status: ClusterStatefulSetFound,
): RevisionProgress {
  const { statefulSet } = status;
  const desired = statefulSet.desiredReplicas;
  const updated = statefulSet.updatedReplicas;
  const inProgress =
    statefulSet.updateRevision !== undefined &&
    statefulSet.currentRevision !== statefulSet.updateRevision;

  if (statefulSet.updateStrategy.type === 'OnDelete') {
    const waiting = desired - updated;
    return {
      updated,
      target: desired,
      inProgress: waiting > 0,
      summary:
        waiting > 0
          ? `${updated} of ${desired} pods updated; OnDelete updates the others only when you delete them`
          : `${updated} of ${desired} pods updated`,
    };
  }

  const partition = statefulSet.updateStrategy.partition ?? 0;
  const target = Math.max(0, desired - partition);
  const partitionNote =
    partition > 0
      ? `; partition ${partition} keeps ordinals below ${partition} on the current revision`
      : '';

  return {
    updated,
    target,
    inProgress,
    summary: `${Math.min(
      updated,
      target,
    )} of ${target} pods updated${partitionNote}`,
  };
}
