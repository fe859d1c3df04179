import type {
  ClaimSummary,
  ClusterStatefulSetFound,
  PodSummary,
} from '@internal/backstage-plugin-statefulset-common';

/** One ordinal of the set: its pod, when one exists, and its claims. */
export interface OrdinalRow {
  ordinal: number;
  /** Name the pod has or will have, `<set>-<ordinal>`. */
  podName: string;
  pod?: PodSummary;
  claims: ClaimSummary[];
  /** True when the ordinal is at or above the replica count. */
  beyondReplicas: boolean;
  /** True when the pod runs the set's update revision. */
  updated: boolean;
}

/**
 * Builds one row per ordinal, in ordinal order: every ordinal below the
 * replica count (with or without a pod yet), plus every higher ordinal that
 * still has a pod (scale-in in progress) or a claim (kept after scale-in).
 */
export function buildOrdinalRows(
  status: ClusterStatefulSetFound,
): OrdinalRow[] {
  const { statefulSet, pods, claims } = status;

  const ordinals = new Set<number>();
  for (let ordinal = 0; ordinal < statefulSet.desiredReplicas; ordinal++) {
    ordinals.add(ordinal);
  }
  pods.forEach(pod => ordinals.add(pod.ordinal));
  claims.forEach(claim => ordinals.add(claim.ordinal));

  return [...ordinals]
    .sort((a, b) => a - b)
    .map(ordinal => {
      const pod = pods.find(p => p.ordinal === ordinal);

      return {
        ordinal,
        podName: pod?.name ?? `${statefulSet.name}-${ordinal}`,
        pod,
        claims: claims
          .filter(claim => claim.ordinal === ordinal)
          .sort((a, b) => a.template.localeCompare(b.template)),
        beyondReplicas: ordinal >= statefulSet.desiredReplicas,
        updated:
          pod?.revision !== undefined &&
          pod.revision === statefulSet.updateRevision,
      };
    });
}
