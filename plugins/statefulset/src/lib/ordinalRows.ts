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

  const podByOrdinal = new Map(pods.map(pod => [pod.ordinal, pod]));
  const claimsByOrdinal = new Map<number, ClaimSummary[]>();
  for (const claim of claims) {
    const list = claimsByOrdinal.get(claim.ordinal) ?? [];
    list.push(claim);
    claimsByOrdinal.set(claim.ordinal, list);
  }

  const ordinals = new Set<number>();
  for (let ordinal = 0; ordinal < statefulSet.desiredReplicas; ordinal++) {
    ordinals.add(ordinal);
  }
  podByOrdinal.forEach((_pod, ordinal) => ordinals.add(ordinal));
  claimsByOrdinal.forEach((_claims, ordinal) => ordinals.add(ordinal));

  return [...ordinals]
    .sort((a, b) => a - b)
    .map(ordinal => {
      const pod = podByOrdinal.get(ordinal);

      return {
        ordinal,
        podName: pod?.name ?? `${statefulSet.name}-${ordinal}`,
        pod,
        claims: (claimsByOrdinal.get(ordinal) ?? []).sort((a, b) =>
          a.template.localeCompare(b.template),
        ),
        beyondReplicas: ordinal >= statefulSet.desiredReplicas,
        updated:
          pod?.revision !== undefined &&
          pod.revision === statefulSet.updateRevision,
      };
    });
}
