import { V1StatefulSet } from '@kubernetes/client-node';
import { StatefulSetSummary } from '@internal/backstage-plugin-statefulset-common';
import { toTimestamp } from './ordinals';

export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

/** Copy of the whole applied manifest that `kubectl apply` stores; left out because of its size. */
const LAST_APPLIED_ANNOTATION =
  'kubectl.kubernetes.io/last-applied-configuration';

/** Summarizes the spec and status of a StatefulSet for the card. */
export function summarizeStatefulSet(set: V1StatefulSet): StatefulSetSummary {
  const spec = set.spec;
  const status = set.status;
  const strategy = spec?.updateStrategy;

  return {
    name: set.metadata?.name ?? '',
    namespace: set.metadata?.namespace ?? '',
    uid: set.metadata?.uid ?? '',
    desiredReplicas: spec?.replicas ?? 1,
    currentReplicas: status?.currentReplicas ?? 0,
    readyReplicas: status?.readyReplicas ?? 0,
    updatedReplicas: status?.updatedReplicas ?? 0,
    availableReplicas: status?.availableReplicas ?? 0,
    currentRevision: status?.currentRevision,
    updateRevision: status?.updateRevision,
    observedGeneration: status?.observedGeneration,
    generation: set.metadata?.generation,
    serviceName: spec?.serviceName ?? '',
    updateStrategy: {
      type: strategy?.type === 'OnDelete' ? 'OnDelete' : 'RollingUpdate',
      partition: strategy?.rollingUpdate?.partition,
      maxUnavailable: strategy?.rollingUpdate?.maxUnavailable,
    },
    podManagementPolicy:
      spec?.podManagementPolicy === 'Parallel' ? 'Parallel' : 'OrderedReady',
    persistentVolumeClaimRetentionPolicy: {
      whenScaled:
        spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete'
          ? 'Delete'
          : 'Retain',
      whenDeleted:
        spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete'
          ? 'Delete'
          : 'Retain',
    },
    claimTemplates: (spec?.volumeClaimTemplates ?? []).map(
      template => template.metadata?.name ?? '',
    ),
    restartedAt:
      spec?.template?.metadata?.annotations?.[RESTARTED_AT_ANNOTATION],
    conditions: (status?.conditions ?? []).map(condition => ({
      type: condition.type,
      status: condition.status,
      reason: condition.reason,
      message: condition.message,
      lastTransitionTime: toTimestamp(condition.lastTransitionTime),
    })),
    labels: set.metadata?.labels ?? {},
    annotations: Object.fromEntries(
      Object.entries(set.metadata?.annotations ?? {}).filter(
        ([key]) => key !== LAST_APPLIED_ANNOTATION,
      ),
    ),
    createdAt: toTimestamp(set.metadata?.creationTimestamp),
  };
}
