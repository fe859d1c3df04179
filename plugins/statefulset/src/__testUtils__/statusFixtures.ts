import type {
  ClaimSummary,
  ClusterStatefulSetFound,
  PodSummary,
  StatefulSetSummary,
} from '@internal/backstage-plugin-statefulset-common';

/** Builds a healthy set `web` in namespace `shop` with the given replica count. */
export function makeStatefulSet(
  overrides: Partial<StatefulSetSummary> = {},
): StatefulSetSummary {
  const replicas = overrides.desiredReplicas ?? 3;
  return {
    name: 'web',
    namespace: 'shop',
    uid: 'uid-web',
    desiredReplicas: replicas,
    currentReplicas: replicas,
    readyReplicas: replicas,
    updatedReplicas: replicas,
    availableReplicas: replicas,
    currentRevision: 'web-rev1',
    updateRevision: 'web-rev1',
    observedGeneration: 4,
    generation: 4,
    serviceName: 'web-headless',
    updateStrategy: { type: 'RollingUpdate' },
    podManagementPolicy: 'OrderedReady',
    persistentVolumeClaimRetentionPolicy: {
      whenScaled: 'Retain',
      whenDeleted: 'Retain',
    },
    claimTemplates: ['data'],
    conditions: [],
    labels: {},
    annotations: {},
    ...overrides,
  };
}

export function makePod(
  ordinal: number,
  overrides: Partial<PodSummary> = {},
): PodSummary {
  return {
    name: `web-${ordinal}`,
    ordinal,
    phase: 'Running',
    ready: true,
    restarts: 0,
    nodeName: 'node-a',
    createdAt: '2026-12-04T10:00:00Z',
    revision: 'web-rev1',
    terminating: false,
    ...overrides,
  };
}

export function makeClaim(
  ordinal: number,
  overrides: Partial<ClaimSummary> = {},
): ClaimSummary {
  return {
    name: `data-web-${ordinal}`,
    template: 'data',
    ordinal,
    phase: 'Bound',
    capacity: '1Gi',
    storageClassName: 'standard',
    accessModes: ['ReadWriteOnce'],
    retained: false,
    ...overrides,
  };
}

/**
 * Builds a found set in cluster `local` with one ready pod and one claim per
 * ordinal below `desiredReplicas` (3 unless overridden).
 */
export function makeFound(
  overrides: Partial<Omit<ClusterStatefulSetFound, 'statefulSet'>> & {
    statefulSet?: Partial<StatefulSetSummary>;
  } = {},
): ClusterStatefulSetFound {
  const statefulSet = makeStatefulSet(overrides.statefulSet);
  const ordinals = [...Array(statefulSet.desiredReplicas).keys()];

  return {
    cluster: 'local',
    pods: ordinals.map(ordinal => makePod(ordinal)),
    claims: ordinals.map(ordinal => makeClaim(ordinal)),
    events: [],
    ...overrides,
    state: 'found',
    statefulSet,
  };
}
